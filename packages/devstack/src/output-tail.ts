/**
 * Keeps the last lines a child process printed, so that when it fails to
 * start the error can say why without the caller digging through logs.
 */
export interface OutputTail {
  add(text: string): void;
  toString(): string;
}

export function createOutputTail(limit = 15): OutputTail {
  const lines: string[] = [];
  return {
    add(text) {
      for (const line of text.split(/\r?\n/)) {
        if (!line.trim()) continue;
        lines.push(line);
        if (lines.length > limit) lines.shift();
      }
    },
    toString() {
      return lines.join('\n');
    },
  };
}
