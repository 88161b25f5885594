import { h, replace } from './dom.js';
import { formatDateTime, label } from './format.js';
import { card, countBadge, statusBadge } from './customer-view.js';
import {
    INCIDENT_REPORTS, REPORT_PROBLEM, RESOLVE_TROUBLE_TICKET, START_TROUBLE_TICKET, PROBLEMS,
} from './queries.js';

/** The clocks are business minutes counted by the server; reading them again keeps "time left" true. */
const REFRESH_MILLIS = 30000;

/**
 * A customer's problems and requests: the report form and the tickets with their deadlines. The customer's
 * administrator also reads the incident reports of major incidents (the server checks the role again).
 */
export function customerTickets(customer, api, { canReadIncidentReports }) {
    const list = ticketList(api, { customerId: customer.id, canReadIncidentReports, testid: 'customer-tickets',
        title: 'Problems and requests', caption: 'Your tickets, the least time left first' });
    return h('div', { class: 'tickets' }, reportForm(customer, api, list.refresh), list.element);
}

/** The ticket queue of all customers, the least time left first; support and service managers work it. */
export function ticketQueue(api, { canWork }) {
    return ticketList(api, { canWork, testid: 'ticket-queue', title: 'Ticket queue',
        caption: 'Tickets of all customers, the least time left first' }).element;
}

function reportForm(customer, api, onReported) {
    const subscriptions = (customer.subscriptions?.edges ?? []).map(edge => edge.node)
        .filter(subscription => subscription.status === 'ACTIVE');
    const field = (text, control) => h('label', { class: 'field' }, h('span', null, text), control);
    const choice = (testid, values, chosen) => h('select', { testid },
        values.map(value => h('option', { value, selected: value === chosen }, label(value))));
    const subscription = h('select', { testid: 'report-subscription' },
        subscriptions.map(s => h('option', { value: s.id }, `${s.name} (${s.region ?? '—'})`)));
    const kind = choice('report-kind', ['INCIDENT', 'INFORMATION_REQUEST', 'CHANGE_REQUEST'], 'INCIDENT');
    const severity = choice('report-severity', ['MINOR', 'MAJOR', 'CRITICAL'], 'MINOR');
    const priority = choice('report-priority', ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'], 'MEDIUM');
    const impact = choice('report-impact', ['INDIVIDUAL', 'DEPARTMENT', 'ORGANISATION'], 'INDIVIDUAL');
    const type = h('input', { type: 'text', testid: 'report-type', value: 'availability', maxlength: '60' });
    const description = h('textarea', { testid: 'report-description', rows: '3', required: true });
    const status = h('p', { class: 'hint', role: 'status', testid: 'report-status' });
    const submit = h('button', { type: 'submit', class: 'button button--primary', testid: 'report-submit' },
        'Report');
    const form = h('form', { class: 'report-form', testid: 'report-form' },
        field('Subscription', subscription), field('Kind', kind), field('Type', type), field('Severity', severity),
        field('Priority', priority), field('Impact', impact), field('What happened', description),
        h('div', { class: 'report-form__actions' }, submit, status));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        submit.disabled = true;
        replace(status, 'Reporting…');
        const data = await api(REPORT_PROBLEM, { input: {
            subscriptionId: subscription.value, kind: kind.value, ticketType: type.value, severity: severity.value,
            priority: priority.value, impact: impact.value, description: description.value, attachments: [],
        } });
        submit.disabled = false;
        const ticket = data?.reportProblem;
        if (ticket) {
            description.value = '';
            replace(status, `Reported (${label(ticket.status)}).`);
            await onReported();
        } else {
            replace(status, 'Not reported: the reason is shown above.');
        }
    });
    return card('h2', 'Report a problem or ask a question', 'report-problem', subscriptions.length
        ? form : h('p', { class: 'empty' }, 'There is no active subscription to report a problem on.'));
}

function ticketList(api, { customerId = null, canReadIncidentReports = false, canWork = false, testid, title, caption }) {
    const rows = h('tbody');
    const count = countBadge('…', `${testid}-count`);
    const shown = h('p', { class: 'hint', 'aria-live': 'polite' });
    const more = h('button', { type: 'button', class: 'button button--secondary', testid: `${testid}-load-more`,
        hidden: true }, 'Load more');
    const empty = h('p', { class: 'empty', testid: `${testid}-empty`, hidden: true }, 'No tickets.');
    const table = h('table', { class: 'table', testid: `${testid}-list` },
        h('caption', { class: 'visually-hidden' }, caption),
        h('thead', null, h('tr', null, [customerId ? null : 'Customer', 'Ticket', 'Priority', 'Status', 'Next deadline', '']
            .filter(text => text !== null).map(text => h('th', { scope: 'col' }, text)))),
        rows);
    let endCursor = null;
    let timer = null;

    /** Reads the pages shown so far again (after a report, and every half minute for the clocks). */
    async function refresh() {
        clearTimeout(timer);
        const pages = Math.max(1, Math.ceil(rows.children.length / 20));
        rows.replaceChildren();
        endCursor = null;
        for (let i = 0; i < pages; i++) if (!await loadPage()) break;
        if (table.isConnected) timer = setTimeout(refresh, REFRESH_MILLIS);
    }

    async function loadPage() {
        more.disabled = true;
        try {
            const data = await api(PROBLEMS, { customerId, after: endCursor });
            const connection = data?.problems;
            if (!connection) return false;
            for (const { node } of connection.edges) rows.append(row(node));
            endCursor = connection.pageInfo?.endCursor ?? null;
            replace(count, String(connection.totalCount));
            replace(shown, rows.children.length ? `Showing ${rows.children.length} of ${connection.totalCount}.` : '');
            empty.hidden = rows.children.length > 0;
            more.hidden = !connection.pageInfo?.hasNextPage;
            return connection.pageInfo?.hasNextPage;
        } finally {
            more.disabled = false;
        }
    }

    function row(ticket) {
        const state = h('td', { testid: 'ticket-status' }, statusBadge(ticket.status));
        const actions = h('td', { class: 'actions' });
        const details = h('div', { class: 'ticket__details', testid: 'ticket-reports', hidden: true });
        const tr = h('tr', { testid: 'ticket-row', 'data-ticket-id': ticket.id },
            customerId ? null : h('td', null, h('code', null, ticket.customer)),
            h('th', { scope: 'row' }, h('span', { testid: 'ticket-description' }, ticket.description),
                h('span', { class: 'hint' }, ` ${label(ticket.kind)}, ${ticket.ticketType}, received ${formatDateTime(ticket.receivedAt)}`),
                details),
            h('td', null, statusBadge(ticket.priority)),
            state,
            h('td', { testid: 'ticket-deadline' }, nextDeadline(ticket)),
            actions);
        const render = current => {
            replace(state, statusBadge(current.status));
            replace(actions,
                canWork && current.status === 'ACKNOWLEDGED'
                    ? step('Start', 'ticket-start', START_TROUBLE_TICKET, 'startTroubleTicket', () => ({})) : null,
                canWork && current.status === 'IN_PROGRESS' ? resolveForm() : null,
                canReadIncidentReports && current.severity !== 'MINOR' ? reportsButton() : null);
        };
        const step = (text, testid, mutation, field, extra) => h('button', {
            type: 'button', class: 'button button--secondary', testid,
            onclick: async event => {
                event.target.disabled = true;
                const data = await api(mutation, { id: ticket.id, ...extra() });
                if (data?.[field]) render(data[field]);
                else event.target.disabled = false;
            },
        }, text);
        const resolveForm = () => {
            const resolution = h('input', { type: 'text', testid: 'ticket-resolution', placeholder: 'Resolution',
                'aria-label': 'Resolution' });
            return h('span', { class: 'order-form' }, resolution,
                step('Resolve', 'ticket-resolve', RESOLVE_TROUBLE_TICKET, 'resolveTroubleTicket',
                    () => ({ resolution: resolution.value })));
        };
        const reportsButton = () => h('button', {
            type: 'button', class: 'button button--link', testid: 'ticket-show-reports',
            onclick: async () => {
                const data = await api(INCIDENT_REPORTS, { id: ticket.id });
                if (!data) return;
                replace(details, data.incidentReports.length === 0 ? h('p', { class: 'empty' }, 'No incident report yet.')
                    : data.incidentReports.map(incidentReport));
                details.hidden = false;
            },
        }, 'Incident reports');
        render(ticket);
        return tr;
    }

    more.addEventListener('click', loadPage);
    refresh();
    return {
        element: card('h2', title, testid, [h('div', { class: 'table-wrap' }, table), empty,
            h('div', { class: 'list-footer' }, shown, more)], count),
        refresh,
    };
}

/** The running clock that ends first: "3 h 20 min left", or how long ago it was missed. */
function nextDeadline(ticket) {
    const running = ticket.deadlines.filter(deadline => !deadline.stopped)
        .sort((a, b) => a.timeLeftMinutes - b.timeLeftMinutes)[0];
    if (!running) return '—';
    const text = running.due === null
        ? `${label(running.kind)}: paused, ${duration(running.timeLeftMinutes)} left`
        : running.timeLeftMinutes < 0
            ? `${label(running.kind)}: missed by ${duration(-running.timeLeftMinutes)}`
            : `${label(running.kind)}: ${duration(running.timeLeftMinutes)} left (due ${formatDateTime(running.due)})`;
    return h('span', { class: running.breached ? 'deadline deadline--breached' : 'deadline' }, text);
}

function duration(minutes) {
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const rest = minutes % 60;
    return [days ? `${days} d` : null, hours ? `${hours} h` : null, `${rest} min`].filter(Boolean).join(' ');
}

function incidentReport(report) {
    return h('article', { class: 'incident-report', testid: 'incident-report', 'data-kind': report.kind },
        h('h3', null, label(report.kind), ` — ${formatDateTime(report.writtenAt)}`),
        h('p', { testid: 'incident-report-impact' }, report.impact),
        report.cause ? h('p', null, h('strong', null, 'Cause: '), report.cause) : null,
        report.explanation ? h('p', { testid: 'incident-report-explanation' }, report.explanation) : null,
        report.countermeasures ? h('p', null, h('strong', null, 'Countermeasures: '), report.countermeasures) : null,
        report.chronology.length ? h('ol', { class: 'chronology' }, report.chronology.map(entry =>
            h('li', null, h('time', { datetime: entry.occurredAt }, formatDateTime(entry.occurredAt)), ` ${entry.text}`)))
            : null);
}
