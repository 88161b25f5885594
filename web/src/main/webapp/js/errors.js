import { h } from './dom.js';

/** The most banners kept on screen; older ones make room for new ones. */
const MAX_BANNERS = 5;

/**
 * A failure the portal explains to the user. `code` follows the GraphQL `extensions.code` words where
 * the server sent one (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, VALIDATION, CONFLICT, INTERNAL) and names
 * the client-side problem otherwise (KEYCLOAK_UNREACHABLE, NETWORK_ERROR, SESSION_EXPIRED, ...).
 */
export class PortalError extends Error {
    constructor(message, { code = 'CLIENT_ERROR', title, extensions, path, action, cause } = {}) {
        super(message, cause ? { cause } : undefined);
        this.name = 'PortalError';
        this.code = code;
        this.title = title;
        this.extensions = extensions;
        this.path = path;
        this.action = action;
    }
}

function bannerArea() {
    return document.querySelector('[data-testid="errors"]');
}

/**
 * Shows an error in a visible banner: message, code and any further extensions. Errors are never
 * swallowed; they also go to the console for developers.
 */
export function showError(error) {
    const problem = error instanceof PortalError ? error : new PortalError(
        error?.message ?? String(error), { code: 'CLIENT_ERROR', title: 'Something went wrong in the portal' });
    console.error('[CloudCare]', problem.code, problem.message, problem);

    const area = bannerArea();
    if (!area) return;
    while (area.children.length >= MAX_BANNERS) area.firstElementChild.remove();

    const extras = Object.entries(problem.extensions ?? {})
        .filter(([key]) => key !== 'code' && key !== 'classification')
        .map(([key, value]) => h('span', { class: 'banner__extra' },
            `${key}: `, h('code', null, typeof value === 'string' ? value : JSON.stringify(value))));

    const banner = h('div', { class: 'banner banner--error', role: 'alert', testid: 'error' },
        h('div', { class: 'banner__body' },
            h('p', { class: 'banner__title' }, problem.title ?? titleFor(problem.code)),
            h('p', { class: 'banner__message', testid: 'error-message' }, problem.message),
            h('p', { class: 'banner__meta' },
                h('span', null, 'Code ', h('code', { testid: 'error-code' }, problem.code)),
                problem.path ? h('span', null, 'Path ', h('code', null, problem.path)) : null,
                extras),
            problem.action ? h('p', null, h('button', {
                type: 'button', class: 'button button--primary', onclick: problem.action.run,
            }, problem.action.label)) : null),
        h('button', {
            type: 'button', class: 'banner__dismiss', 'aria-label': 'Dismiss this message', testid: 'error-dismiss',
            onclick: () => banner.remove(),
        }, '×'));
    area.append(banner);
}

/** One banner per GraphQL error object of a response. */
export function showGraphQLErrors(errors) {
    for (const error of errors ?? []) {
        const extensions = error?.extensions ?? {};
        showError(new PortalError(error?.message ?? 'The server reported an error without a message.', {
            code: extensions.code ?? extensions.classification ?? 'UNKNOWN',
            extensions,
            path: Array.isArray(error?.path) ? error.path.join('.') : undefined,
        }));
    }
}

export function clearErrors() {
    bannerArea()?.replaceChildren();
}

function titleFor(code) {
    switch (code) {
        case 'UNAUTHENTICATED':
        case 'SESSION_EXPIRED':
            return 'You are not signed in';
        case 'FORBIDDEN':
            return 'You are not allowed to do this';
        case 'NOT_FOUND':
            return 'Not found';
        case 'VALIDATION':
            return 'Please check your input';
        case 'CONFLICT':
            return 'Someone else changed this in the meantime';
        case 'KEYCLOAK_UNREACHABLE':
        case 'KEYCLOAK_REALM_MISSING':
        case 'KEYCLOAK_JS_MISSING':
        case 'SIGN_IN_FAILED':
            return 'Sign-in is not possible right now';
        case 'NETWORK_ERROR':
            return 'The CloudCare server cannot be reached';
        default:
            return 'The request failed';
    }
}
