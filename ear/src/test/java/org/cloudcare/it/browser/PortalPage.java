package org.cloudcare.it.browser;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The CloudCare portal, found through its {@code data-testid} attributes. Every wait also watches the
 * error banner: when the portal shows an error, the test fails at once with the portal's message instead
 * of timing out.
 */
public final class PortalPage {

    private final WebDriver driver;
    private final Urls urls;

    PortalPage(WebDriver driver, Urls urls) {
        this.driver = driver;
        this.urls = urls;
    }

    /** Opens the portal as an anonymous visitor, which must lead to the Keycloak login form. */
    public static KeycloakLoginPage open(WebDriver driver, Urls urls) {
        driver.get(urls.portal());
        return KeycloakLoginPage.await(driver, urls);
    }

    public String userName() {
        return text(driver, testId("user-name"));
    }

    public String tenant() {
        return text(driver, testId("user-tenant"));
    }

    public String roles() {
        return text(driver, testId("user-roles"));
    }

    /** The name of the customer shown in the detail card, once it is there. */
    public String customerName() {
        return awaitOrError("the customer's name", d -> {
            String name = text(d, testId("customer-name"));
            return name.isBlank() ? null : name;
        });
    }

    /** Waits until the detail card shows the customer of that name. */
    public PortalPage awaitCustomer(String name) {
        awaitOrError("the customer card of " + name, d -> name.equals(text(d, testId("customer-name"))) ? true : null);
        return this;
    }

    /** The names in the customer list (CSP staff), after its first page arrived. */
    public List<String> customerNames() {
        awaitOrError("the customer list", d -> d.findElements(testId("customer-row")).isEmpty() ? null : true);
        return driver.findElements(testId("customer-row")).stream()
                .map(row -> text(row, testId("customer-open")))
                .toList();
    }

    /** Pages through the customer list with "Load more" until all names are shown or there are no more pages. */
    public List<String> customerNamesIncluding(String... names) {
        List<String> shown = customerNames();
        while (!shown.containsAll(List.of(names)) && isDisplayed(testId("customers-load-more"))) {
            loadMore("customers-load-more", "customer-row");
            shown = customerNames();
        }
        return shown;
    }

    /** Chooses a customer in the list and waits for its card. */
    public PortalPage openCustomer(String name) {
        WebElement row = driver.findElements(testId("customer-row")).stream()
                .filter(r -> name.equals(text(r, testId("customer-open"))))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no customer row named " + name));
        row.click();
        return awaitCustomer(name);
    }

    /**
     * The agreements shown on the subscriptions card, by the subscription's name: status, availability, response time
     * and expiry as the portal shows them. Waits until the agreements have arrived.
     */
    public java.util.Map<String, String> subscriptionAgreements() {
        awaitOrError("the subscriptions' agreements",
                d -> d.findElements(testId("agreement-summary")).isEmpty() ? null : true);
        java.util.Map<String, String> agreements = new java.util.LinkedHashMap<>();
        for (WebElement row : driver.findElements(testId("subscription-row"))) {
            List<WebElement> summary = row.findElements(testId("agreement-summary"));
            if (!summary.isEmpty()) {
                agreements.put(text(row, testId("subscription-name")), summary.get(0).getText());
            }
        }
        return agreements;
    }

    /**
     * The running month's status per objective of one agreement on the "Service levels" card (objective ->
     * MET, AT_RISK, MISSED or NOT_JUDGED). Waits until the card has loaded that agreement.
     */
    public java.util.Map<String, String> serviceLevelStatuses(String agreementId) {
        WebElement section = serviceLevel(agreementId);
        java.util.Map<String, String> statuses = new java.util.LinkedHashMap<>();
        for (WebElement row : section.findElements(testId("service-level-objective"))) {
            statuses.put(row.getAttribute("data-objective"),
                    row.findElement(testId("service-level-status")).getAttribute("data-status"));
        }
        return statuses;
    }

    /** The points (one per day) of the agreement's availability chart; waits for the chart. */
    public List<WebElement> trendPoints(String agreementId) {
        WebElement section = serviceLevel(agreementId);
        awaitOrError("the availability chart", d -> section.findElements(testId("trend-chart")).isEmpty() ? null
                : true);
        return section.findElements(testId("trend-point"));
    }

    /** The accessible name parts of the agreement's chart: its title and description. */
    public String trendChartLabel(String agreementId) {
        WebElement chart = serviceLevel(agreementId).findElement(testId("trend-chart"));
        return chart.findElement(By.tagName("title")).getAttribute("textContent") + " / "
                + chart.findElement(By.tagName("desc")).getAttribute("textContent");
    }

    /** How many availability charts the "Service levels" card shows (after it loaded). */
    public int trendCharts() {
        awaitOrError("the service levels", d -> d.findElements(testId("service-level")).isEmpty() ? null : true);
        return driver.findElements(testId("trend-chart")).size();
    }

    /** The row of a closed month of the agreement's past periods as shown: availability, violations, credit. */
    public String pastPeriod(String agreementId, String period) {
        WebElement section = serviceLevel(agreementId);
        By row = By.cssSelector("[data-testid='past-period'][data-period='" + period + "']");
        awaitOrError("the past period " + period, d -> section.findElements(row).isEmpty() ? null : true);
        WebElement found = section.findElement(row);
        return text(found, testId("past-period-availability")) + " | " + text(found, testId("past-period-violations"))
                + " | " + text(found, testId("past-period-credit"));
    }

    private WebElement serviceLevel(String agreementId) {
        By section = By.cssSelector("[data-testid='service-level'][data-agreement-id='" + agreementId + "']");
        return awaitOrError("the service levels of " + agreementId, d -> d.findElements(section).stream()
                .findFirst().orElse(null));
    }

    public List<String> contactNames() {
        return driver.findElements(testId("contact-name")).stream().map(WebElement::getText).toList();
    }

    public int interactionRows() {
        return driver.findElements(testId("interaction-row")).size();
    }

    public boolean hasCustomerList() {
        return !driver.findElements(testId("customer-list")).isEmpty();
    }

    /**
     * Orders one unit of an offering of the catalogue card in its first region and waits until the portal says it
     * is ordered; answers the id of the new order, the newest of the orders card.
     */
    public String orderOffering(String code) {
        By row = By.cssSelector("[data-testid='offering-row'][data-offering-code='" + code + "']");
        awaitOrError("the catalogue row of " + code, d -> d.findElements(row).isEmpty() ? null : true);
        WebElement offering = driver.findElement(row);
        offering.findElement(testId("order-submit")).click();
        awaitOrError("the confirmation of the order of " + code,
                d -> text(d.findElement(row), testId("order-status")).startsWith("Ordered") ? true : null);
        return awaitOrError("the new order in the orders card",
                d -> d.findElements(testId("order")).stream().findFirst().map(o -> o.getAttribute("data-order-id"))
                        .orElse(null));
    }

    /** Waits until the order shows the state label (e.g. "Completed"), refreshed by the portal on its own. */
    public PortalPage awaitOrderState(String orderId, String state) {
        By order = By.cssSelector("[data-testid='order'][data-order-id='" + orderId + "']");
        awaitOrError("order " + orderId + " in state " + state,
                d -> state.equals(text(d.findElement(order), testId("order-state"))) ? true : null);
        return this;
    }

    /** The state labels of the product orders of an order, in the order shown. */
    public List<String> productOrderStates(String orderId) {
        WebElement order = driver.findElement(By.cssSelector("[data-testid='order'][data-order-id='" + orderId + "']"));
        return order.findElements(testId("product-order-state")).stream().map(e -> e.getText().trim()).toList();
    }

    /** Pages through the fulfilment queue until the product order is shown, and answers its row. */
    public WebElement queueRow(String productOrderId) {
        return pagedRow("queue-row", "data-product-order-id", productOrderId, "queue-load-more");
    }

    /** Pages through a ticket list (customer-tickets or ticket-queue) until the ticket is shown; answers its row. */
    public WebElement ticketRow(String list, String ticketId) {
        return pagedRow("ticket-row", "data-ticket-id", ticketId, list + "-load-more");
    }

    /** Reports a problem with the portal's form (first active subscription, defaults) and answers the new ticket's id. */
    public String reportProblem(String description) {
        awaitOrError("the report form", d -> d.findElements(testId("report-description")).isEmpty() ? null : true);
        driver.findElement(testId("report-description")).sendKeys(description);
        driver.findElement(testId("report-submit")).click();
        awaitOrError("the confirmation of the report",
                d -> text(d, testId("report-status")).startsWith("Reported") ? true : null);
        return awaitOrError("the reported ticket in the list", d -> d.findElements(testId("ticket-row")).stream()
                .filter(row -> description.equals(text(row, testId("ticket-description"))))
                .map(row -> row.getAttribute("data-ticket-id")).findFirst().orElse(null));
    }

    /** A cell of a ticket's row (ticket-status, ticket-deadline), once it shows what {@code expected} accepts. */
    public String ticketCell(String list, String ticketId, String cell, java.util.function.Predicate<String> expected) {
        return awaitOrError(cell + " of ticket " + ticketId, d -> {
            String value = text(ticketRow(list, ticketId), testId(cell));
            return expected.test(value) ? value : null;
        });
    }

    /** Starts a queued ticket, then resolves it with the resolution typed into its row. */
    public PortalPage startAndResolveTicket(String ticketId, String resolution) {
        ticketRow("ticket-queue", ticketId).findElement(testId("ticket-start")).click();
        ticketCell("ticket-queue", ticketId, "ticket-status", "In progress"::equals);
        WebElement row = ticketRow("ticket-queue", ticketId);
        row.findElement(testId("ticket-resolution")).sendKeys(resolution);
        row.findElement(testId("ticket-resolve")).click();
        ticketCell("ticket-queue", ticketId, "ticket-status", "Resolved"::equals);
        return this;
    }

    /** Opens the incident reports of a ticket (the customer's administrator) and answers their texts by kind. */
    public java.util.Map<String, String> incidentReports(String ticketId) {
        ticketRow("customer-tickets", ticketId).findElement(testId("ticket-show-reports")).click();
        awaitOrError("the incident reports of " + ticketId,
                d -> ticketRow("customer-tickets", ticketId).findElements(testId("incident-report")).isEmpty() ? null : true);
        return ticketRow("customer-tickets", ticketId).findElements(testId("incident-report")).stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.getAttribute("data-kind"), WebElement::getText));
    }

    /** The id of the first ticket whose description is {@code description}, paging the customer's list. */
    public String ticketDescribed(String description) {
        awaitOrError("the ticket list", d -> d.findElements(testId("ticket-row")).isEmpty() ? null : true);
        while (true) {
            Optional<String> id = driver.findElements(testId("ticket-row")).stream()
                    .filter(row -> description.equals(text(row, testId("ticket-description"))))
                    .map(row -> row.getAttribute("data-ticket-id")).findFirst();
            if (id.isPresent() || !isDisplayed(testId("customer-tickets-load-more"))) {
                return id.orElseThrow(() -> new NoSuchElementException("no ticket described " + description));
            }
            loadMore("customer-tickets-load-more", "ticket-row");
        }
    }

    private WebElement pagedRow(String rowTestId, String attribute, String value, String loadMore) {
        By row = By.cssSelector("[data-testid='" + rowTestId + "'][" + attribute + "='" + value + "']");
        awaitOrError("the list of " + rowTestId, d -> d.findElements(testId(rowTestId)).isEmpty() ? null : true);
        while (driver.findElements(row).isEmpty() && isDisplayed(testId(loadMore))) {
            loadMore(loadMore, rowTestId);
        }
        return driver.findElement(row);
    }

    private void loadMore(String button, String rowTestId) {
        int before = driver.findElements(testId(rowTestId)).size();
        driver.findElement(testId(button)).click();
        awaitOrError("the next page of " + rowTestId, d -> d.findElements(testId(rowTestId)).size() > before ? true : null);
    }

    /** Presses a step button (queue-start, queue-complete) of a queued product order and waits for the new state. */
    public PortalPage workQueuedProductOrder(String productOrderId, String button, String expectedState) {
        queueRow(productOrderId).findElement(testId(button)).click();
        awaitOrError("product order " + productOrderId + " in state " + expectedState,
                d -> expectedState.equals(text(queueRow(productOrderId), testId("queue-state"))) ? true : null);
        return this;
    }

    /** The codes of the offerings in the catalogue card, once it is loaded. */
    public List<String> offeringCodes() {
        awaitOrError("the catalogue", d -> d.findElements(testId("offering-row")).isEmpty() ? null : true);
        return driver.findElements(testId("offering-row")).stream().map(row -> row.getAttribute("data-offering-code"))
                .toList();
    }

    public boolean hasOrderForm() {
        return !driver.findElements(testId("order-form")).isEmpty();
    }

    /** The number of orders in the orders card, once it is loaded. */
    public int orderCount() {
        awaitOrError("the orders card", d -> d.findElements(testId("order")).isEmpty()
                && d.findElements(testId("orders-empty")).isEmpty() ? null : true);
        return driver.findElements(testId("order")).size();
    }

    /** Everything a user can read on the page. */
    public String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The texts of the error banners on screen. */
    public List<String> errors() {
        return driver.findElements(testId("error")).stream().map(WebElement::getText).toList();
    }

    /** Logs out and waits for the Keycloak login form the portal sends an anonymous visitor to. */
    public KeycloakLoginPage logOut() {
        driver.findElement(testId("logout")).click();
        return KeycloakLoginPage.await(driver, urls);
    }

    private <T> T awaitOrError(String what, Function<WebDriver, T> condition) {
        Object outcome = Waits.until(driver, what, (Function<WebDriver, Object>) d -> {
            Optional<String> error = d.findElements(testId("error")).stream().map(WebElement::getText).findFirst();
            if (error.isPresent()) {
                return new PortalError(error.get());
            }
            try {
                return condition.apply(d);
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return null; // the portal re-rendered while we looked: ask again
            }
        });
        if (outcome instanceof PortalError error) {
            throw new AssertionError("the portal showed an error while waiting for " + what + ": " + error.text());
        }
        @SuppressWarnings("unchecked")
        T result = (T) outcome;
        return result;
    }

    private record PortalError(String text) {
    }

    private boolean isDisplayed(By locator) {
        return driver.findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    }

    static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    /** The text of the first matching element, or "" when there is none. */
    static String text(SearchContext context, By locator) {
        try {
            List<WebElement> found = context.findElements(locator);
            return found.isEmpty() ? "" : found.get(0).getText().trim();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }
}
