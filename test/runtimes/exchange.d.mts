export function request(i: number): Buffer[];
export function expectedReply(frames: Buffer[]): Buffer[];
