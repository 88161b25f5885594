/**
 * Where the portal finds its sign-in service and its API.
 *
 * Keycloak runs on its own origin (fixed demo address, see CONTRACT.md); the GraphQL endpoint and
 * GraphiQL are resolved against the page itself, so the portal keeps working under another host,
 * port or context root.
 */
const portalBase = new URL('.', document.baseURI);

export const config = Object.freeze({
    keycloak: Object.freeze({
        url: 'http://localhost:8180',
        realm: 'cloudcare',
        clientId: 'portal',
    }),
    /** Where Keycloak sends the browser back to after logout. */
    portalUrl: portalBase.href,
    graphqlUrl: new URL('graphql', portalBase).href,
    graphiqlUrl: new URL('graphiql', portalBase).href,
    /** Refresh the access token when it expires within this many seconds. */
    minTokenValiditySeconds: 30,
    /** Page sizes of the lists the portal shows. */
    pageSize: Object.freeze({ customers: 20, subscriptions: 20, interactions: 10, orders: 20 }),
});
