import { config } from './config.js';
import { PortalError } from './errors.js';

const PROBE_TIMEOUT_MS = 10000;

/**
 * Signs the user in through Keycloak (authorization code flow with PKCE S256). With `login-required`
 * an anonymous visitor is sent to the Keycloak login page and comes back here with a code; the promise
 * of that first visit never settles because the page navigates away.
 */
export async function signIn() {
    const Keycloak = window.Keycloak;
    if (typeof Keycloak !== 'function') {
        throw new PortalError('The sign-in library keycloak-js could not be loaded from webjars/keycloak-js/.',
            { code: 'KEYCLOAK_JS_MISSING' });
    }
    await ensureKeycloakReachable();

    const keycloak = new Keycloak({ ...config.keycloak });
    let authenticated;
    try {
        authenticated = await keycloak.init({
            onLoad: 'login-required',
            pkceMethod: 'S256',
            // the session iframe needs third-party cookies, which browsers block; tokens are refreshed instead
            checkLoginIframe: false,
        });
    } catch (cause) {
        throw new PortalError(`Keycloak did not complete the sign-in: ${describe(cause)}.`, { code: 'SIGN_IN_FAILED', cause });
    }
    if (!authenticated) {
        await keycloak.login();
        return new Promise(() => {});
    }
    keycloak.onTokenExpired = () => keycloak.updateToken(config.minTokenValiditySeconds).catch(() => {});
    return new Session(keycloak);
}

/** The signed-in user and their tokens. */
export class Session {
    constructor(keycloak) {
        this.keycloak = keycloak;
    }

    /** Who the access token says the user is. */
    get user() {
        const token = this.keycloak.tokenParsed ?? {};
        const username = token.preferred_username ?? token.upn ?? '';
        const fullName = token.name ?? [token.given_name, token.family_name].filter(Boolean).join(' ');
        const roles = (Array.isArray(token.groups) ? token.groups : token.realm_access?.roles ?? [])
            .filter(role => /^cs[cp]-/.test(role))
            .sort();
        return {
            username,
            name: fullName || username,
            roles,
            customerId: token.customer_id ?? null,
        };
    }

    /** A token valid for at least the configured number of seconds, refreshed if needed. */
    async freshToken() {
        try {
            await this.keycloak.updateToken(config.minTokenValiditySeconds);
        } catch (cause) {
            throw new PortalError('Your session has ended. Please sign in again.', {
                code: 'SESSION_EXPIRED', cause, action: { label: 'Sign in again', run: () => this.keycloak.login() },
            });
        }
        return this.keycloak.token;
    }

    logout() {
        return this.keycloak.logout({ redirectUri: config.portalUrl });
    }
}

/**
 * Checks that Keycloak answers before handing the page to keycloak-js, which would otherwise redirect
 * the browser to an unreachable address and leave the user on a browser error page.
 */
async function ensureKeycloakReachable() {
    const { url, realm } = config.keycloak;
    const discovery = `${url}/realms/${encodeURIComponent(realm)}/.well-known/openid-configuration`;
    try {
        const response = await fetchWithTimeout(discovery, { mode: 'cors' });
        if (response.ok) return;
        throw new PortalError(response.status === 404
            ? `Keycloak at ${url} has no realm "${realm}".`
            : `Keycloak at ${url} answered HTTP ${response.status} for realm "${realm}".`,
        { code: 'KEYCLOAK_REALM_MISSING' });
    } catch (error) {
        if (error instanceof PortalError) throw error;
        // a CORS refusal looks like a network failure: ask again without reading the answer
    }
    try {
        await fetchWithTimeout(discovery, { mode: 'no-cors' });
    } catch (cause) {
        throw new PortalError(`The sign-in service (Keycloak) at ${url} cannot be reached. `
            + 'Start it (./cloudcare run) or ask your administrator, then try again.',
        { code: 'KEYCLOAK_UNREACHABLE', cause });
    }
}

async function fetchWithTimeout(url, options) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), PROBE_TIMEOUT_MS);
    try {
        return await fetch(url, { ...options, cache: 'no-store', credentials: 'omit', signal: controller.signal });
    } finally {
        clearTimeout(timer);
    }
}

function describe(cause) {
    if (!cause) return 'no reason given';
    if (typeof cause === 'string') return cause;
    if (cause.error) return cause.error_description ? `${cause.error} (${cause.error_description})` : cause.error;
    return cause.message ?? JSON.stringify(cause);
}
