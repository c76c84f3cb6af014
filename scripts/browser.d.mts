export function findChromium(): { executablePath: string | undefined } | undefined;
export const CHROMIUM_ARGS: string[];
