import * as ProductScreen from "@point_of_sale/../tests/tours/utils/product_screen_util";
import * as PaymentScreen from "@point_of_sale/../tests/tours/utils/payment_screen_util";
import * as ReceiptScreen from "@point_of_sale/../tests/tours/utils/receipt_screen_util";
import * as Chrome from "@point_of_sale/../tests/tours/utils/chrome_util";
import * as Dialog from "@point_of_sale/../tests/tours/utils/dialog_util";
import { registry } from "@web/core/registry";

/** The order has one line of the product, of this quantity. */
function assertOneLine(productName, quantity) {
    const lines = [...document.querySelectorAll(".order-container .orderline")].filter((line) =>
        line.textContent.includes(productName)
    );
    if (lines.length !== 1) {
        throw new Error(`${lines.length} lines of ${productName}, expected one.`);
    }
    // "2", "2.00" or "2,00" as the cashier's language writes it.
    const shown = lines[0].querySelector(".qty").textContent.trim().replace(",", ".");
    if (parseFloat(shown) !== quantity) {
        throw new Error(`${productName}: quantity ${shown}, expected ${quantity}.`);
    }
}

// A cashier sells the products of two production groups at a village event:
// the dodol is lot-tracked food and takes the lot that expires first by itself.
registry.category("web_tour.tours").add("desmigratif_production_pos_two_groups", {
    checkDelay: 50,
    steps: () =>
        [
            Chrome.startPoS(),
            // The opening dialog's primary button, in whatever language the cashier reads.
            Dialog.confirm(),
            {
                content: "the tile shows the price",
                trigger: "article.product:contains('Tour Batik Carica') .desmigratif-price",
            },
            // One tap per packet: it takes the lot that expires first, no popup.
            ProductScreen.clickDisplayedProduct("Tour Dodol Salak"),
            {
                content: "the dodol took the lot that expires first",
                trigger: ".order-container .orderline li:contains('TOUR-LOT-EARLY')",
            },
            ProductScreen.clickDisplayedProduct("Tour Dodol Salak"),
            {
                content: "the second packet of the same lot adds to the same line",
                trigger: ".order-container .orderline:contains('Tour Dodol Salak') .qty",
                run: () => assertOneLine("Tour Dodol Salak", 2),
            },
            {
                content: "no lot popup is open",
                trigger: "body:not(:has(.modal-dialog))",
            },
            ProductScreen.clickDisplayedProduct("Tour Batik Carica"),
            {
                content: "the batik is on the order",
                trigger: ".order-container .orderline:contains('Tour Batik Carica')",
            },
            ProductScreen.totalAmountIs("31"),
            ProductScreen.clickPayButton(),
            {
                content: "the quick amounts are rupiah notes",
                trigger: ".payment-screen .numpad button:contains('+100')",
            },
            // Odoo already added the cash line of the whole amount: tapping Cash
            // again selects it and adds no line of 0.
            PaymentScreen.clickPaymentMethod("Tour Cash"),
            PaymentScreen.clickValidate(),
            ReceiptScreen.receiptIsThere(),
            {
                content: "the receipt names the stall",
                trigger: ".pos-receipt .desmigratif-stall:contains('Tour event stall')",
            },
            {
                content: "the receipt names the village",
                trigger: ".pos-receipt .desmigratif-village:not(:empty)",
            },
            {
                content: "the receipt shows the lot sold",
                trigger: ".pos-receipt li:contains('TOUR-LOT-EARLY')",
            },
            Chrome.endTour(),
        ].flat(),
});
