// ESM face of ./draft.cjs (one implementation per process).
import implementation from "./draft.cjs";
export const { Client, Datagram, Dish, Gather, Radio, Scatter, Server } = implementation;
