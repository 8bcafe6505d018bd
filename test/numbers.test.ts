import { describe, expect, it } from "vitest";
import { formatNumber } from "../src/report/numbers.js";

const locale = (n: number, digits: number) => n.toLocaleString("en-US", { maximumFractionDigits: digits });

describe("numbers written as en-US writes them", () => {
  it("groups digits and rounds half away from zero on the shortest decimal", () => {
    expect(formatNumber(1234567, 2)).toBe("1,234,567");
    expect(formatNumber(1.005, 2)).toBe("1.01");
    expect(formatNumber(2.5, 0)).toBe("3");
    expect(formatNumber(999.996, 2)).toBe("1,000");
    expect(formatNumber(-1234.5, 0)).toBe("-1,235");
    expect(formatNumber(0.1 + 0.2, 3)).toBe("0.3");
    expect(formatNumber(-0.0001, 2)).toBe("-0");
  });

  it("writes what toLocaleString writes, over numbers of every size and sign", () => {
    // A seeded generator (Park–Miller), so a failure names the same numbers every run.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const numbers = [0, -0, 0.125, 2.675, 99999.9999, 1e-7, 1e21, Number.NaN, Number.POSITIVE_INFINITY, -Number.MAX_VALUE];
    for (let i = 0; i < 500; i++) {
      const scale = 10 ** Math.floor(random() * 22);
      numbers.push(random() * scale, -Math.round(random() * 1e6) / 1000, (Math.floor(random() * 1e4) + 0.5) / 10 ** Math.floor(random() * 5));
    }
    for (const digits of [0, 1, 2, 3]) {
      const wrong = numbers.filter((n) => formatNumber(n, digits) !== locale(n, digits));
      expect(wrong.map((n) => `${n}: ${formatNumber(n, digits)} / ${locale(n, digits)}`)).toEqual([]);
    }
  });
});
