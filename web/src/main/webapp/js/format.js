/** Display helpers: enum words, dates and languages for people, not for machines. */

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
let languageNames = null;
try {
    languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
} catch {
    // very old browsers: fall back to the language code
}

/** PUBLIC_HEALTH_CENTRE -> "Public health centre" */
export function label(value) {
    if (value === null || value === undefined || value === '') return '—';
    const words = String(value).toLowerCase().replace(/[_-]+/g, ' ').trim();
    return words.charAt(0).toUpperCase() + words.slice(1);
}

export function labels(values) {
    return Array.isArray(values) && values.length ? values.map(label).join(', ') : '—';
}

/** An ISO-8601 instant, shown in the user's locale and time zone. */
export function formatDateTime(iso) {
    if (!iso) return '—';
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? String(iso) : dateTime.format(date);
}

/**
 * The calendar day of an ISO-8601 date or date-time (2024-05-01 or 2024-05-01T00:00:00+02:00), as written by
 * the server: never shifted to another day by the viewer's time zone.
 */
export function formatDate(iso) {
    if (!iso) return '—';
    const day = /^(\d{4}-\d{2}-\d{2})/.exec(String(iso));
    const date = new Date(day ? `${day[1]}T00:00:00Z` : iso);
    return Number.isNaN(date.getTime()) ? String(iso) : dateOnly.format(date);
}

/** "en" -> "English (en)" */
export function formatLanguage(code) {
    if (!code) return '—';
    try {
        const name = languageNames?.of(code);
        return name && name !== code ? `${name} (${code})` : code;
    } catch {
        return code;
    }
}

/** "ACTIVE" -> a CSS modifier for the status badge. */
export function statusTone(status) {
    switch (String(status ?? '').toUpperCase()) {
        case 'ACTIVE':
        case 'COMPLETED':
            return 'ok';
        case 'SUSPENDED':
        case 'PENDING':
        case 'HELD':
            return 'warn';
        case 'TERMINATED':
        case 'CANCELLED':
        case 'FAILED':
            return 'off';
        default:
            return 'neutral';
    }
}
