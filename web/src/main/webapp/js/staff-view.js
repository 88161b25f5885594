import { h, replace } from './dom.js';
import { label } from './format.js';
import { customerDetail, statusBadge } from './customer-view.js';
import { CUSTOMER, CUSTOMERS } from './queries.js';

/**
 * The view of CSP staff: all customers of all tenants, paged with "Load more"; choosing one shows its
 * card (contacts, subscriptions, interactions) next to the list.
 */
export function staffView(api) {
    const rows = h('tbody');
    const count = h('span', { class: 'count', testid: 'customers-count', title: 'Total' }, '…');
    const shown = h('p', { class: 'hint', 'aria-live': 'polite' });
    const more = h('button', { type: 'button', class: 'button button--secondary', testid: 'customers-load-more', hidden: true },
        'Load more');
    const list = h('table', { class: 'table table--selectable', testid: 'customer-list', hidden: true },
        h('caption', { class: 'visually-hidden' }, 'Customers of all tenants. Choose one to see its details.'),
        h('thead', null, h('tr', null, ['Code', 'Name', 'Kind', 'Status'].map(t => h('th', { scope: 'col' }, t)))),
        rows);
    const empty = h('p', { class: 'empty', testid: 'customers-empty', hidden: true }, 'No customers yet.');
    const detail = h('div', { class: 'staff__detail', testid: 'customer-panel' },
        h('p', { class: 'placeholder' }, 'Choose a customer to see their profile, contacts, subscriptions and interactions.'));

    let endCursor = null;
    let selection = 0; // ignores answers for a customer that is no longer selected

    async function loadPage() {
        more.disabled = true;
        more.setAttribute('aria-busy', 'true');
        try {
            const data = await api(CUSTOMERS, { after: endCursor });
            const connection = data?.customers;
            if (!connection) {
                if (rows.children.length === 0) {
                    replace(shown, 'The customer list could not be loaded.');
                    count.hidden = true;
                }
                return;
            }
            for (const { node } of connection.edges ?? []) rows.append(row(node));
            endCursor = connection.pageInfo?.endCursor ?? null;
            const total = connection.totalCount ?? rows.children.length;
            replace(count, String(total));
            replace(shown, rows.children.length ? `Showing ${rows.children.length} of ${total}.` : '');
            empty.hidden = rows.children.length > 0;
            list.hidden = rows.children.length === 0;
            more.hidden = !connection.pageInfo?.hasNextPage;
        } finally {
            more.disabled = false;
            more.removeAttribute('aria-busy');
        }
    }

    function row(customer) {
        const open = h('button', { type: 'button', class: 'row-link', testid: 'customer-open' }, customer.name);
        const tr = h('tr', { testid: 'customer-row', 'data-customer-id': customer.id, 'data-customer-code': customer.code },
            h('td', null, h('code', null, customer.code)),
            h('th', { scope: 'row' }, open),
            h('td', null, label(customer.kind)),
            h('td', null, statusBadge(customer.status)));
        // the whole row is a click target; the button inside keeps it reachable by keyboard
        tr.addEventListener('click', () => select(customer, tr));
        return tr;
    }

    async function select(customer, tr) {
        const ticket = ++selection;
        for (const other of rows.querySelectorAll('[aria-current]')) other.removeAttribute('aria-current');
        tr.setAttribute('aria-current', 'true');
        replace(detail, h('p', { class: 'placeholder', role: 'status', testid: 'customer-loading' }, `Loading ${customer.name}…`));
        const data = await api(CUSTOMER, { id: customer.id });
        if (ticket !== selection) return;
        if (!data?.customer) {
            replace(detail, h('p', { class: 'placeholder' }, `${customer.name} could not be loaded.`));
            return;
        }
        const card = customerDetail(data.customer, api, { level: 2 });
        replace(detail, card);
        card.focusHeading();
    }

    more.addEventListener('click', loadPage);
    loadPage();

    return h('div', { class: 'staff', testid: 'staff-view' },
        h('section', { class: 'staff__list card', 'aria-labelledby': 'customers-heading' },
            h('div', { class: 'card__header' },
                h('h1', { id: 'customers-heading', class: 'card__title' }, 'Customers'), count),
            h('div', { class: 'table-wrap' }, list), empty,
            h('div', { class: 'list-footer' }, shown, more)),
        detail);
}
