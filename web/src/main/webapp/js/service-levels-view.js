import { h, replace } from './dom.js';
import { label } from './format.js';
import { SERVICE_LEVEL_STATUS, SERVICE_LEVEL_TREND } from './queries.js';
import { card, table } from './customer-view.js';

const SVG = 'http://www.w3.org/2000/svg';
let chartIds = 0;

/** The objectives a customer reads in the status (the others are reported to the provider only). */
const SHOWN = ['AVAILABILITY', 'RESPONSE_TIME', 'SERVICE_RESPONSE_TIME'];

/**
 * The "Service levels" card of a customer: per subscription's agreement the running month's status per objective
 * (every user of the customer). `canReadTrend` (the customer's administrator and business manager, CSP staff) adds
 * per agreement a chart of the daily availability against the target and the past months with their violations and
 * credits. `api(query, variables)` resolves to the GraphQL data or null (errors are shown by the caller).
 */
export function serviceLevels(customer, api, { level = 2, canReadTrend = false } = {}) {
    const body = h('div', { testid: 'service-levels-body' }, h('p', { class: 'hint' }, 'Loading…'));
    api(SERVICE_LEVEL_STATUS, { id: customer.id }).then(data => {
        const statuses = data?.serviceLevelStatus ?? [];
        replace(body, statuses.length === 0
            ? h('p', { class: 'empty', testid: 'service-levels-empty' }, 'No agreement is in force this month.')
            : statuses.map(status => agreementStatus(status, api, level + 1, canReadTrend)));
    });
    return card(`h${level}`, 'Service levels', 'service-levels', body);
}

function agreementStatus(status, api, level, canReadTrend) {
    const objectives = status.objectives.filter(o => SHOWN.includes(o.objective) || o.status !== 'NOT_JUDGED');
    const details = h('div', { testid: 'service-level-details' });
    if (canReadTrend) {
        details.append(h('p', { class: 'hint' }, 'Loading the trend…'));
        api(SERVICE_LEVEL_TREND, { id: status.agreementId }).then(data => {
            replace(details, data ? [trendChart(data.serviceLevelTrend), pastPeriods(data.serviceLevelHistory ?? [])]
                : []);
        });
    }
    return h('section', { class: 'service-level', testid: 'service-level', 'data-agreement-id': status.agreementId,
        'data-subscription-id': status.subscriptionId },
        h(`h${Math.min(level, 6)}`, { class: 'service-level__name' }, status.agreementName, ' ',
            statusBadge(status.overall, 'service-level-overall')),
        table(`Status of ${status.period} so far`, ['Objective', 'Contractual', 'Delivered so far', 'Status'],
            'service-level-objectives', objectives.map(o => h('tr', { testid: 'service-level-objective',
                'data-objective': o.objective },
                h('th', { scope: 'row' }, label(o.objective)),
                h('td', null, value(o.contractual, o.unit, o.targetMinutes)),
                h('td', null, value(o.delivered, o.unit)),
                h('td', null, statusBadge(o.status, 'service-level-status'))))),
        details);
}

function value(number, unit, targetMinutes) {
    if (number === null || number === undefined) return '—';
    const text = unit === 'MILLISECONDS_P95' ? `${number} ms (95th percentile)` : `${number} %`;
    return targetMinutes ? `${text} within ${targetMinutes} min` : text;
}

function statusBadge(status, testid) {
    const tone = { MET: 'ok', AT_RISK: 'warn', MISSED: 'off' }[status] ?? 'neutral';
    return h('span', { class: `badge badge--${tone}`, testid, 'data-status': status }, label(status));
}

function svg(tag, attributes, ...children) {
    const element = document.createElementNS(SVG, tag);
    for (const [name, val] of Object.entries(attributes ?? {})) {
        if (name === 'testid') element.setAttribute('data-testid', val);
        else element.setAttribute(name, String(val));
    }
    for (const child of children) {
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
}

/**
 * Daily availability against the target as an inline SVG line chart: one point per day so far, each with its
 * value as a tooltip title; the same values in a table for screen readers.
 */
function trendChart(trend) {
    const days = trend?.days ?? [];
    const target = Number(trend?.targetPercent ?? 100);
    const id = `trend-${++chartIds}`;
    const width = 620, height = 200, left = 48, right = 10, top = 10, bottom = 24;
    const lowest = Math.min(target - 0.5, ...days.map(d => Number(d.availability)));
    const floor = Math.max(0, Math.floor(lowest));
    const x = i => left + (days.length <= 1 ? 0 : i * (width - left - right) / (days.length - 1));
    const y = v => top + (100 - v) * (height - top - bottom) / (100 - floor || 1);
    const below = days.filter(d => d.belowTarget).length;
    const summary = `Daily availability in ${trend?.period ?? ''}: ${days.length} days, ${below} below the target of ${target} %.`;
    const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`,
        class: 'trend-chart', testid: 'trend-chart', width: '100%' },
        svg('title', { id: `${id}-title` }, `Availability per day against the ${target} % target`),
        svg('desc', { id: `${id}-desc` }, summary),
        svg('line', { x1: left, x2: width - right, y1: y(100), y2: y(100), class: 'trend-chart__axis', stroke: '#ccc' }),
        svg('text', { x: 4, y: y(100) + 4, 'font-size': 11 }, '100 %'),
        svg('text', { x: 4, y: y(floor) + 4, 'font-size': 11 }, `${floor} %`),
        svg('line', { x1: left, x2: width - right, y1: y(target), y2: y(target), stroke: '#b45309',
            'stroke-dasharray': '6 4', testid: 'trend-target' }),
        svg('text', { x: width - right - 90, y: y(target) - 4, 'font-size': 11, fill: '#b45309' }, `target ${target} %`),
        days.length > 1 ? svg('polyline', { fill: 'none', stroke: '#1d4ed8', 'stroke-width': 2,
            points: days.map((d, i) => `${x(i)},${y(Number(d.availability))}`).join(' ') }) : '',
        ...days.map((d, i) => svg('circle', { cx: x(i), cy: y(Number(d.availability)), r: 3.5,
            fill: d.belowTarget ? '#b91c1c' : '#1d4ed8', testid: 'trend-point', 'data-day': d.day,
            'data-below-target': d.belowTarget },
            svg('title', null, `${d.day}: ${d.availability} %${d.belowTarget ? ' (below target)' : ''}`))));
    const values = h('details', { class: 'trend-values' }, h('summary', null, 'Daily values'),
        table(summary, ['Day', 'Availability', 'Minutes down'], 'trend-values', days.map(d =>
            h('tr', null, h('th', { scope: 'row' }, d.day), h('td', null, `${d.availability} %`),
                h('td', null, String(Math.round(d.downSeconds / 60)))))));
    return h('figure', { class: 'trend', testid: 'service-level-trend' }, chart,
        h('figcaption', { class: 'hint' }, summary), values);
}

function pastPeriods(history) {
    if (history.length === 0) {
        return h('p', { class: 'empty', testid: 'past-periods-empty' }, 'No closed month evaluated yet.');
    }
    return table('Closed months: availability and violations with their service credits',
        ['Month', 'Availability', 'Violations', 'Service credit'], 'past-periods',
        history.map(month => {
            const availability = month.objectives.find(o => o.objective === 'AVAILABILITY');
            const credits = month.violations.filter(v => v.credit);
            return h('tr', { testid: 'past-period', 'data-period': month.period },
                h('th', { scope: 'row' }, month.period),
                h('td', { testid: 'past-period-availability' }, availability
                    ? [`${availability.delivered ?? '—'} % of ${availability.contractual} % `,
                        statusBadge(availability.met === null ? 'NOT_JUDGED' : availability.met ? 'MET' : 'MISSED',
                            'past-period-status')]
                    : '—'),
                h('td', { testid: 'past-period-violations' }, month.violations.length === 0 ? 'None'
                    : month.violations.map(v => label(v.objective)).join(', ')),
                h('td', { testid: 'past-period-credit' }, credits.length === 0 ? '—'
                    : credits.map(v => `${v.creditPercent} %: ${v.credit.amount} ${v.credit.currency}`).join('; ')));
        }));
}
