// Dates and names as the page shows them. Month names are spelled out in
// English so the page reads the same on every machine.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// fmtDate shows a PartialDate at its own precision: "16 May 2024",
// "May 2024", "2024".
export function fmtDate(d: string | null | undefined): string {
  if (!d) return 'date unknown';
  const [y, m, day] = d.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  if (!day) return `${month} ${y}`;
  return `${Number(day)} ${month} ${y}`;
}

// dateValue places a PartialDate on a time axis (its first day), or null.
export function dateValue(d: string | null | undefined): number | null {
  if (!d) return null;
  const [y, m, day] = d.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, day || 1);
}

export function kindLabel(kind: string): string {
  const k = kind.toLowerCase();
  return k.charAt(0).toUpperCase() + k.slice(1);
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

// validDate accepts YYYY, YYYY-MM or YYYY-MM-DD (the server checks the
// calendar; this catches typing mistakes before a request).
export function validDate(s: string): boolean {
  return PARTIAL_DATE.test(s);
}
