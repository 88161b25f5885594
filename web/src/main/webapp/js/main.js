/**
 * CloudCare portal: signs the user in through Keycloak, then shows a CSC user their own customer, their
 * tickets, the catalogue and their orders, and CSP staff the ticket queue and the customer list of all
 * tenants (service managers also the product orders to fulfil). Plain ES modules, no build step.
 */
import { signIn } from './auth.js';
import { h, replace } from './dom.js';
import { PortalError, showError, showGraphQLErrors } from './errors.js';
import { execute } from './graphql.js';
import { customerDetail } from './customer-view.js';
import { serviceLevels } from './service-levels-view.js';
import { staffView } from './staff-view.js';
import { customerOrdering, productOrderQueue } from './orders-view.js';
import { customerTickets, ticketQueue } from './tickets-view.js';
import { ME } from './queries.js';

const main = document.getElementById('main');
let session = null;

start().catch(error => {
    showError(error);
    setStatus('The portal stopped because of an unexpected error (details above).');
});

async function start() {
    setStatus('Signing in…');
    try {
        session = await signIn();
    } catch (error) {
        showError(error);
        setStatus('You are not signed in. The reason is shown above.',
            h('button', { type: 'button', class: 'button button--primary', testid: 'retry',
                onclick: () => window.location.reload() }, 'Try again'));
        return;
    }
    showSession(session.user);
    wireDeveloperTools();

    setStatus('Loading your profile…');
    const data = await api(ME);
    const me = data?.me;
    if (!me) {
        setStatus('Your profile could not be loaded. The reason is shown above.');
        return;
    }
    showSession({ ...session.user, name: me.name || session.user.name });

    if (me.customer) {
        const card = customerDetail(me.customer, api, { level: 1 });
        // the customer's administrator and business manager order and read the trend and past months of the SLAs
        const isManager = session.user.roles.some(role => role === 'csc-business-manager' || role === 'csc-admin');
        replace(main, card,
            serviceLevels(me.customer, api, { level: 2, canReadTrend: isManager }),
            customerTickets(me.customer, api, { canReadIncidentReports: session.user.roles.includes('csc-admin') }),
            customerOrdering(me.customer, api, { canOrder: isManager }));
    } else if (session.user.customerId) {
        setStatus(`No customer record was found for your tenant "${session.user.customerId}".`);
    } else {
        const roles = session.user.roles;
        const works = ['csp-support', 'csp-service-manager'].some(role => roles.includes(role));
        replace(main,
            works || roles.includes('csp-operations') ? ticketQueue(api, { canWork: works }) : null,
            roles.includes('csp-service-manager') ? productOrderQueue(api) : null,
            staffView(api));
    }
}

/**
 * Runs one GraphQL operation with a fresh token. Resolves to the (possibly partial) data, or null when
 * there is none; every error is shown in a banner, none is swallowed.
 */
async function api(query, variables) {
    try {
        const token = await session.freshToken();
        const { data, errors } = await execute(query, variables, token);
        showGraphQLErrors(errors);
        return data;
    } catch (error) {
        showError(error);
        return null;
    }
}

function showSession(user) {
    const area = document.querySelector('[data-testid="session"]');
    replace(area.querySelector('[data-testid="user-name"]'), user.name || user.username || 'Unknown user');
    const staff = user.roles.some(role => role.startsWith('csp-'));
    replace(area.querySelector('[data-testid="user-tenant"]'),
        user.customerId ?? (staff ? 'All tenants (CloudCare staff)' : '—'));
    replace(area.querySelector('[data-testid="user-roles"]'),
        user.roles.length ? user.roles.join(', ') : 'No CloudCare role');
    area.hidden = false;

    const logout = area.querySelector('[data-testid="logout"]');
    logout.onclick = () => {
        logout.disabled = true;
        session.logout().catch(error => {
            logout.disabled = false;
            showError(new PortalError(`Logging out failed: ${error?.message ?? error}`, { code: 'LOGOUT_FAILED' }));
        });
    };
}

function wireDeveloperTools() {
    const button = document.querySelector('[data-testid="copy-token"]');
    const status = document.querySelector('[data-testid="copy-status"]');
    button.hidden = false;
    button.onclick = async () => {
        try {
            const token = await session.freshToken();
            await copyText(token);
            replace(status, 'Access token copied. Use it as "Authorization: Bearer …" in GraphiQL.');
        } catch (error) {
            replace(status, '');
            showError(error instanceof PortalError ? error
                : new PortalError(`The access token could not be copied: ${error?.message ?? error}`, { code: 'CLIPBOARD' }));
        }
        setTimeout(() => replace(status, ''), 6000);
    };
}

async function copyText(text) {
    if (navigator.clipboard?.writeText) {
        try {
            await navigator.clipboard.writeText(text);
            return;
        } catch {
            // no clipboard permission (e.g. headless browsers): fall back to a selection copy
        }
    }
    const area = h('textarea', { class: 'visually-hidden', readonly: true, 'aria-hidden': 'true' });
    area.value = text;
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (!copied) throw new Error('the browser refused to copy');
}

function setStatus(message, ...extra) {
    replace(main, h('div', { class: 'status-panel' },
        h('p', { class: 'status', testid: 'status', role: 'status' }, message), extra));
}
