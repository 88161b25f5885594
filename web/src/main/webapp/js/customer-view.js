import { h, replace } from './dom.js';
import { formatDate, formatDateTime, formatLanguage, label, labels, statusTone } from './format.js';
import { CUSTOMER_AGREEMENTS, CUSTOMER_INTERACTIONS } from './queries.js';

let headingIds = 0;

/**
 * The card of one customer: profile, contacts, subscriptions and the interaction history, which pages
 * on with "Load more". `api(query, variables)` resolves to the GraphQL data or null (errors are shown
 * by the caller). `level` is the heading level of the customer's name (1 on a page of its own).
 * Each subscription shows its agreement (status, availability, response time, expiry): every user of the
 * customer and CSP staff may read it.
 */
export function customerDetail(customer, api, { level = 1 } = {}) {
    const headingId = `customer-heading-${++headingIds}`;
    const heading = h(`h${level}`, { id: headingId, class: 'customer__name', testid: 'customer-name', tabindex: '-1' },
        customer.name);
    const sub = `h${Math.min(level + 1, 6)}`;

    const section = h('section', { class: 'customer', 'aria-labelledby': headingId, testid: 'customer-detail',
        'data-customer-id': customer.id },
        h('header', { class: 'customer__header' },
            heading,
            h('p', { class: 'customer__badges' },
                h('span', { class: 'badge badge--kind', testid: 'customer-kind' }, label(customer.kind)),
                statusBadge(customer.status, 'customer-status'))),
        profile(customer, sub),
        contacts(customer.contacts ?? [], sub),
        subscriptions(customer, sub, api),
        interactions(customer, api, sub));
    section.focusHeading = () => heading.focus();
    return section;
}

function profile(customer, sub) {
    return card(sub, 'Profile', 'customer-profile',
        h('dl', { class: 'facts' },
            fact('Customer code', h('code', { testid: 'customer-code' }, customer.code ?? '—')),
            fact('Kind', label(customer.kind)),
            fact('Status', label(customer.status)),
            fact('Language', h('span', { testid: 'customer-language' }, formatLanguage(customer.language))),
            fact('Notification channels', h('span', { testid: 'customer-channels' }, labels(customer.notificationChannels)))));
}

function contacts(list, sub) {
    const body = list.length === 0
        ? h('p', { class: 'empty', testid: 'contacts-empty' }, 'No contacts recorded yet.')
        : table('Contacts of this customer', ['Name', 'Role', 'Email', 'Phone'], 'contact-list',
            list.map(contact => h('tr', { testid: 'contact-row' },
                h('th', { scope: 'row', testid: 'contact-name' }, contact.name ?? '—'),
                h('td', null, contact.role ?? '—'),
                h('td', null, contact.email ? h('a', { href: `mailto:${contact.email}` }, contact.email) : '—'),
                h('td', null, contact.phone ? h('a', { href: `tel:${contact.phone.replace(/[^+\d]/g, '')}` }, contact.phone) : '—'))));
    return card(sub, 'Contacts', 'customer-contacts', body);
}

function subscriptions(customer, sub, api) {
    const connection = customer.subscriptions;
    const edges = connection?.edges ?? [];
    const total = connection?.totalCount ?? edges.length;
    const agreementCells = new Map();
    const headings = ['Service', 'Status', 'Data location', 'Since', 'Agreement'];
    const body = edges.length === 0
        ? h('p', { class: 'empty', testid: 'subscriptions-empty' }, 'No subscriptions yet.')
        : [
            table('Subscriptions of this customer', headings, 'subscription-list',
                edges.map(({ node }) => h('tr', { testid: 'subscription-row', 'data-subscription-id': node.id },
                    h('th', { scope: 'row', testid: 'subscription-name' }, node.name ?? '—'),
                    h('td', null, statusBadge(node.status)),
                    h('td', null, node.region ?? '—'),
                    h('td', null, h('time', { datetime: node.startDate ?? '' }, formatDate(node.startDate))),
                    agreementCell(agreementCells, node.id)))),
            total > edges.length ? h('p', { class: 'hint' }, `Showing the first ${edges.length} of ${total} subscriptions.`) : null,
        ];
    if (edges.length > 0) {
        api(CUSTOMER_AGREEMENTS, { id: customer.id }).then(data => {
            const bySubscription = new Map((data?.serviceLevelAgreements?.edges ?? [])
                .map(({ node }) => [node.subscriptionId, node]));
            for (const [subscriptionId, cell] of agreementCells) {
                replace(cell, agreementSummary(bySubscription.get(subscriptionId)));
            }
        });
    }
    return card(sub, 'Subscriptions', 'customer-subscriptions', body, countBadge(total, 'subscriptions-count'));
}

function agreementCell(cells, subscriptionId) {
    const cell = h('td', { testid: 'subscription-agreement' }, 'Loading…');
    cells.set(subscriptionId, cell);
    return cell;
}

/** One agreement in words: status, availability %, target response time and expiry date. */
function agreementSummary(agreement) {
    if (!agreement) {
        return h('span', { testid: 'agreement-none' }, '—');
    }
    return h('span', { testid: 'agreement-summary', 'data-agreement-id': agreement.id },
        statusBadge(agreement.status, 'agreement-status'), ' ',
        h('span', { testid: 'agreement-availability' }, `${agreement.terms.availabilityPercent} % availability`), ', ',
        h('span', { testid: 'agreement-response' }, `${agreement.terms.targetResponseTimeMinutes} min response`), ', until ',
        h('time', { datetime: agreement.expiryDate, testid: 'agreement-expiry' }, formatDate(agreement.expiryDate)));
}

function interactions(customer, api, sub) {
    const first = customer.interactions ?? { edges: [], pageInfo: { hasNextPage: false }, totalCount: 0 };
    const rows = h('tbody');
    const count = countBadge(first.totalCount ?? 0, 'interactions-count');
    const shown = h('p', { class: 'hint', 'aria-live': 'polite' });
    const more = h('button', { type: 'button', class: 'button button--secondary', testid: 'interactions-load-more' },
        'Load more');
    const list = h('table', { class: 'table', testid: 'interaction-list' },
        h('caption', { class: 'visually-hidden' }, 'Interaction history, newest first'),
        h('thead', null, h('tr', null, ['Date', 'Channel', 'Direction', 'Subject'].map(t => h('th', { scope: 'col' }, t)))),
        rows);
    const wrap = h('div', { class: 'table-wrap' }, list);
    const empty = h('p', { class: 'empty', testid: 'interactions-empty' }, 'No interactions recorded yet.');
    let page = first;

    const render = connection => {
        for (const { node } of connection.edges ?? []) {
            rows.append(h('tr', { testid: 'interaction-row' },
                h('td', null, h('time', { datetime: node.occurredAt ?? '' }, formatDateTime(node.occurredAt))),
                h('td', null, label(node.channel)),
                h('td', null, label(node.direction)),
                h('td', { testid: 'interaction-subject' }, node.subject ?? '—')));
        }
        const total = connection.totalCount ?? rows.children.length;
        replace(count, String(total));
        wrap.hidden = rows.children.length === 0;
        empty.hidden = rows.children.length > 0;
        more.hidden = !connection.pageInfo?.hasNextPage;
        replace(shown, rows.children.length > 0 ? `Showing ${rows.children.length} of ${total}.` : '');
    };

    more.addEventListener('click', async () => {
        more.disabled = true;
        more.setAttribute('aria-busy', 'true');
        replace(more, 'Loading…');
        try {
            const data = await api(CUSTOMER_INTERACTIONS, { id: customer.id, after: page.pageInfo?.endCursor ?? null });
            const next = data?.customer?.interactions;
            if (next) {
                page = next;
                render(next);
            }
        } finally {
            more.disabled = false;
            more.removeAttribute('aria-busy');
            replace(more, 'Load more');
        }
    });

    render(first);
    return card(sub, 'Interaction history', 'customer-interactions',
        [wrap, empty, h('div', { class: 'list-footer' }, shown, more)], count);
}

export function card(tag, title, testid, body, aside) {
    return h('section', { class: 'card', testid },
        h('div', { class: 'card__header' }, h(tag, { class: 'card__title' }, title), aside ?? null),
        body);
}

function fact(term, value) {
    return h('div', { class: 'facts__item' }, h('dt', null, term), h('dd', null, value));
}

export function table(caption, headings, testid, rows) {
    return h('div', { class: 'table-wrap' }, h('table', { class: 'table', testid },
        h('caption', { class: 'visually-hidden' }, caption),
        h('thead', null, h('tr', null, headings.map(text => h('th', { scope: 'col' }, text)))),
        h('tbody', null, rows)));
}

export function statusBadge(status, testid) {
    return h('span', { class: `badge badge--${statusTone(status)}`, testid }, label(status));
}

export function countBadge(value, testid) {
    return h('span', { class: 'count', testid, title: 'Total' }, String(value));
}
