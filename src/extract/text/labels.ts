// Words of a name's apparatus that name no one, read by the entities and the quotes alike.

const PARTY_STATE = /^[RDI]-\p{Lu}[\p{L}.]{0,5}$/u;

/** A party and state label after a lawmaker's name ("R-S.D.", "D-Minn.", "(I-Vt.)"), which names no one. */
export const isPartyLabel = (text: string): boolean => PARTY_STATE.test(text);
