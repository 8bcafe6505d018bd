// `corpus schema`: the JSON Schema of the analyze report.
import type { Command } from "commander";
import { reportSchema } from "../schema.js";
import type { CommandContext } from "./context.js";

export function registerSchema(program: Command, ctx: CommandContext): void {
  program
    .command("schema")
    .description("print the JSON Schema of the analyze report")
    .action(() => {
      ctx.io.stdout.write(`${JSON.stringify(reportSchema, null, 2)}\n`);
    });
}
