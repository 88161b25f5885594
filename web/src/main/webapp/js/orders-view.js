import { h, replace } from './dom.js';
import { formatDateTime, label } from './format.js';
import { card, countBadge, statusBadge, table } from './customer-view.js';
import {
    COMPLETE_PRODUCT_ORDER, CUSTOMER_ORDERS, PLACE_CUSTOMER_ORDER, PRODUCT_OFFERINGS, PRODUCT_ORDER_QUEUE,
    START_PRODUCT_ORDER,
} from './queries.js';

/** Customer order states after which nothing changes any more (TMF622 final states). */
const FINAL_ORDER_STATES = new Set(['COMPLETED', 'FAILED', 'PARTIAL', 'CANCELLED', 'REJECTED']);

/** How often the orders card asks again while an order is still open: progress shows without a reload. */
const REFRESH_MILLIS = 3000;

/**
 * The active catalogue and the customer's orders. Every CSC role sees both; the customer's business
 * manager and administrator also get an order form per offering (the server checks the role again).
 */
export function customerOrdering(customer, api, { canOrder }) {
    const offerings = new Map();
    const orders = ordersCard(customer, api, offerings);
    const catalogue = catalogueCard(api, offerings, canOrder, async input => {
        const data = await api(PLACE_CUSTOMER_ORDER, { input });
        if (data?.placeCustomerOrder) await orders.refresh();
        return data?.placeCustomerOrder ?? null;
    }, () => orders.refresh());
    return h('div', { class: 'ordering', testid: 'customer-ordering' }, catalogue, orders.element);
}

/** The product orders of every customer still to be fulfilled, oldest first, for CSP service managers. */
export function productOrderQueue(api) {
    const offerings = new Map();
    const rows = h('tbody');
    const count = countBadge('…', 'queue-count');
    const shown = h('p', { class: 'hint', 'aria-live': 'polite' });
    const more = h('button', { type: 'button', class: 'button button--secondary', testid: 'queue-load-more', hidden: true },
        'Load more');
    const empty = h('p', { class: 'empty', testid: 'queue-empty', hidden: true }, 'No product order is waiting.');
    let endCursor = null;

    async function loadPage() {
        more.disabled = true;
        try {
            if (offerings.size === 0) await loadOfferingNames(api, offerings);
            const data = await api(PRODUCT_ORDER_QUEUE, { after: endCursor });
            const connection = data?.productOrderQueue;
            if (!connection) return;
            for (const { node } of connection.edges ?? []) rows.append(queueRow(node));
            endCursor = connection.pageInfo?.endCursor ?? null;
            replace(count, String(connection.totalCount ?? rows.children.length));
            replace(shown, rows.children.length ? `Showing ${rows.children.length} of ${connection.totalCount}.` : '');
            empty.hidden = rows.children.length > 0;
            more.hidden = !connection.pageInfo?.hasNextPage;
        } finally {
            more.disabled = false;
        }
    }

    function queueRow(productOrder) {
        const state = h('td', { testid: 'queue-state' }, statusBadge(productOrder.state));
        const actions = h('td', { class: 'actions' });
        const tr = h('tr', { testid: 'queue-row', 'data-product-order-id': productOrder.id },
            h('th', { scope: 'row' }, offeringName(offerings, productOrder.productOfferingId)),
            h('td', null, label(productOrder.action)),
            h('td', null, productOrder.region ?? '—'),
            h('td', null, h('code', null, productOrder.customerOrder?.customerId ?? '—')),
            state, actions);
        const render = current => {
            replace(state, statusBadge(current));
            replace(actions,
                current === 'ACKNOWLEDGED' ? step('Start', 'queue-start', START_PRODUCT_ORDER, 'startProductOrder') : null,
                current === 'IN_PROGRESS' ? step('Complete', 'queue-complete', COMPLETE_PRODUCT_ORDER, 'completeProductOrder') : null);
        };
        const step = (text, testid, mutation, field) => h('button', {
            type: 'button', class: 'button button--secondary', testid,
            onclick: async event => {
                event.target.disabled = true;
                const data = await api(mutation, { id: productOrder.id });
                if (data?.[field]) render(data[field].state);
                else event.target.disabled = false;
            },
        }, text);
        render(productOrder.state);
        return tr;
    }

    more.addEventListener('click', loadPage);
    loadPage();
    return card('h2', 'Product orders to fulfil', 'product-order-queue', [
        h('div', { class: 'table-wrap' }, h('table', { class: 'table', testid: 'queue-list' },
            h('caption', { class: 'visually-hidden' }, 'Open product orders of all customers, oldest first'),
            h('thead', null, h('tr', null,
                ['Offering', 'Action', 'Region', 'Customer', 'State', ''].map(t => h('th', { scope: 'col' }, t)))),
            rows)),
        empty, h('div', { class: 'list-footer' }, shown, more)], count);
}

function catalogueCard(api, offerings, canOrder, place, onLoaded) {
    const body = h('div', null, h('p', { class: 'placeholder' }, 'Loading the catalogue…'));
    loadOfferingNames(api, offerings).then(list => {
        if (!list) {
            replace(body, h('p', { class: 'empty' }, 'The catalogue could not be loaded.'));
            return;
        }
        replace(body, list.length === 0
            ? h('p', { class: 'empty', testid: 'catalogue-empty' }, 'No offering can be ordered at the moment.')
            : table('Offerings you can order', ['Offering', 'Category', 'Price', 'Regions', ''], 'catalogue-list',
                list.map(offering => offeringRow(offering, canOrder, place))));
        onLoaded();
    });
    return card('h2', 'Catalogue', 'catalogue', body);
}

function offeringRow(offering, canOrder, place) {
    const tr = h('tr', { testid: 'offering-row', 'data-offering-code': offering.code },
        h('th', { scope: 'row' }, h('span', { testid: 'offering-name' }, offering.name),
            offering.isBundle ? h('span', { class: 'hint' },
                ` (bundle of ${offering.bundledProductOffering.map(part => part.name).join(', ')})`) : null),
        h('td', null, label(offering.category)),
        h('td', null, priceSummary(offering.productOfferingPrice)),
        h('td', null, offering.regions.join(', ')),
        h('td', { class: 'actions' }, canOrder ? orderForm(offering, place) : null));
    return tr;
}

/** Region, quantity and "Order": the idempotency key is made once per form, so a retried click orders once. */
function orderForm(offering, place) {
    let key = crypto.randomUUID();
    const region = h('select', { testid: 'order-region', 'aria-label': `Region for ${offering.name}` },
        offering.regions.map(code => h('option', { value: code }, code)));
    const quantity = h('input', { type: 'number', min: '1', value: '1', testid: 'order-quantity', class: 'quantity',
        'aria-label': `Quantity of ${offering.name}` });
    const status = h('span', { class: 'hint', role: 'status', testid: 'order-status' });
    const submit = h('button', { type: 'submit', class: 'button button--primary', testid: 'order-submit' }, 'Order');
    const form = h('form', { class: 'order-form', testid: 'order-form' }, region, quantity, submit, status);
    form.addEventListener('submit', async event => {
        event.preventDefault();
        submit.disabled = true;
        replace(status, 'Placing the order…');
        const order = await place({
            idempotencyKey: key,
            items: [{ action: 'ADD', productOfferingId: offering.id, quantity: Number(quantity.value), region: region.value }],
        });
        submit.disabled = false;
        if (order) {
            key = crypto.randomUUID();
            replace(status, `Ordered (${label(order.state)}).`);
        } else {
            replace(status, 'Not ordered: the reason is shown above.');
        }
    });
    return form;
}

function ordersCard(customer, api, offerings) {
    const body = h('div', null, h('p', { class: 'placeholder' }, 'Loading the orders…'));
    const count = countBadge('…', 'orders-count');
    let timer = null;

    async function refresh() {
        clearTimeout(timer);
        const data = await api(CUSTOMER_ORDERS, { customerId: customer.id });
        const connection = data?.customerOrders;
        if (!connection) return;
        const list = connection.edges.map(edge => edge.node);
        replace(count, String(connection.totalCount));
        replace(body, list.length === 0
            ? h('p', { class: 'empty', testid: 'orders-empty' }, 'No orders yet.')
            : h('ol', { class: 'order-list' }, list.map(order => orderItem(order, offerings))));
        if (list.some(order => !FINAL_ORDER_STATES.has(order.state)) && body.isConnected) {
            timer = setTimeout(refresh, REFRESH_MILLIS);
        }
    }

    return { element: card('h2', 'Orders', 'customer-orders', body, count), refresh };
}

function orderItem(order, offerings) {
    return h('li', { class: 'order', testid: 'order', 'data-order-id': order.id },
        h('p', { class: 'order__summary' },
            statusBadge(order.state, 'order-state'),
            ` placed ${formatDateTime(order.placedAt)} by ${order.placedBy}`,
            order.jeopardy ? h('span', { class: 'badge badge--warn', testid: 'order-jeopardy' }, 'In jeopardy') : null),
        table('Product orders of this order', ['Offering', 'Action', 'Region', 'State', 'Last milestone'],
            'product-order-list', order.productOrders.map(productOrder => h('tr', { testid: 'product-order-row' },
                h('th', { scope: 'row' }, offeringName(offerings, productOrder.productOfferingId)),
                h('td', null, label(productOrder.action)),
                h('td', null, productOrder.region ?? '—'),
                h('td', { testid: 'product-order-state' }, statusBadge(productOrder.state)),
                h('td', null, lastMilestone(productOrder.milestones))))));
}

/** Loads the active offerings once into `offerings` (id → offering, bundle components included). */
async function loadOfferingNames(api, offerings) {
    const data = await api(PRODUCT_OFFERINGS);
    const list = data?.productOfferings?.edges.map(edge => edge.node);
    for (const offering of list ?? []) {
        offerings.set(offering.id, offering);
        for (const part of offering.bundledProductOffering) if (!offerings.has(part.id)) offerings.set(part.id, part);
    }
    return list ?? null;
}

function offeringName(offerings, id) {
    return offerings.get(id)?.name ?? id;
}

function lastMilestone(milestones) {
    const last = milestones?.[milestones.length - 1];
    return last ? `${label(last.name)} (${formatDateTime(last.reachedAt)})` : '—';
}

function priceSummary(prices) {
    if (!prices?.length) return '—';
    return prices.map(price => `${price.price.amount} ${price.price.currency} ${label(price.priceType).toLowerCase()}`
        + (price.unitOfMeasure ? ` per ${price.unitOfMeasure}` : '')).join('; ');
}
