/**
 * A tiny DOM builder: h('p', { class: 'note', testid: 'x' }, 'text', child).
 * Text is always inserted as text nodes, never as HTML, so data from the API cannot inject markup.
 */
export function h(tag, props, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(props ?? {})) {
        if (value === null || value === undefined || value === false) continue;
        if (name === 'testid') element.dataset.testid = value;
        else if (name === 'class') element.className = value;
        else if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.slice(2).toLowerCase(), value);
        } else element.setAttribute(name, value === true ? '' : String(value));
    }
    append(element, children);
    return element;
}

export function append(parent, children) {
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) continue;
        parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return parent;
}

/** Replaces all children of an element. */
export function replace(parent, ...children) {
    parent.replaceChildren();
    return append(parent, children);
}
