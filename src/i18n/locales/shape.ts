/** The Chinese tree of a namespace must have exactly the English keys, each a string. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };
