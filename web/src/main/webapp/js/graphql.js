import { config } from './config.js';
import { PortalError } from './errors.js';

/**
 * Sends one GraphQL operation over HTTP (GraphQL over HTTP: POST, JSON body, bearer token) and
 * returns `{ data, errors }`. GraphQL errors come back to the caller, who shows them next to any
 * partial data; transport failures (no server, HTTP error without a GraphQL body) are thrown.
 */
export async function execute(query, variables, accessToken) {
    let response;
    try {
        response = await fetch(config.graphqlUrl, {
            method: 'POST',
            headers: {
                'Content-Type': 'application/json',
                Accept: 'application/graphql-response+json, application/json;q=0.9',
                Authorization: `Bearer ${accessToken}`,
            },
            body: JSON.stringify({ query, variables: variables ?? {} }),
        });
    } catch (cause) {
        throw new PortalError(`The CloudCare server at ${config.graphqlUrl} could not be reached (${cause.message}).`,
            { code: 'NETWORK_ERROR', cause });
    }

    const body = await readJson(response);
    const errors = Array.isArray(body?.errors) ? body.errors : [];
    if (errors.length === 0 && !response.ok) {
        throw new PortalError(`${config.graphqlUrl} answered HTTP ${response.status}${describeStatus(response.status)}.`,
            { code: codeForStatus(response.status) });
    }
    if (!body || (!('data' in body) && errors.length === 0)) {
        throw new PortalError(`${config.graphqlUrl} answered without a GraphQL result.`, { code: 'INVALID_RESPONSE' });
    }
    return { data: body.data ?? null, errors };
}

async function readJson(response) {
    const type = response.headers.get('Content-Type') ?? '';
    if (!type.includes('json')) return null;
    try {
        return await response.json();
    } catch {
        return null;
    }
}

function codeForStatus(status) {
    switch (status) {
        case 401: return 'UNAUTHENTICATED';
        case 403: return 'FORBIDDEN';
        case 404: return 'NOT_FOUND';
        default: return `HTTP_${status}`;
    }
}

function describeStatus(status) {
    switch (status) {
        case 401: return ': the access token was not accepted';
        case 403: return ': access denied';
        case 404: return ': the GraphQL endpoint is not deployed';
        case 502:
        case 503:
        case 504: return ': the server is not available';
        default: return '';
    }
}
