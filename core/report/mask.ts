/**
 * Masking of phone and ID numbers on export. Enough stays visible for a clerk to recognise a
 * number she knows (138****1234; 430104********1234), too little to identify a stranger.
 */

function maskMiddle(text: string, keepStart: number, keepEnd: number): string {
  const chars = Array.from(text);
  if (chars.length <= keepStart + keepEnd) {
    // Too short to keep both ends: show only the last quarter.
    const keep = Math.floor(chars.length / 4);
    return '*'.repeat(chars.length - keep) + chars.slice(chars.length - keep).join('');
  }
  return (
    chars.slice(0, keepStart).join('') +
    '*'.repeat(chars.length - keepStart - keepEnd) +
    chars.slice(chars.length - keepEnd).join('')
  );
}

/** 13812341234 → 138****1234. */
export const maskPhone = (phone: string): string => maskMiddle(phone.trim(), 3, 4);

/** 430104199001011234 → 430104********1234 (region code and last four kept, birth date hidden). */
export const maskIdNumber = (id: string): string => maskMiddle(id.trim(), 6, 4);
