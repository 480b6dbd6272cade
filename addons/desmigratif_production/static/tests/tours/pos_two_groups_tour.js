import * as ProductScreen from "@point_of_sale/../tests/tours/utils/product_screen_util";
import * as PaymentScreen from "@point_of_sale/../tests/tours/utils/payment_screen_util";
import * as ReceiptScreen from "@point_of_sale/../tests/tours/utils/receipt_screen_util";
import * as Chrome from "@point_of_sale/../tests/tours/utils/chrome_util";
import * as Dialog from "@point_of_sale/../tests/tours/utils/dialog_util";
import { registry } from "@web/core/registry";

// A cashier sells the products of two production groups at a village event.
registry.category("web_tour.tours").add("desmigratif_production_pos_two_groups", {
    checkDelay: 50,
    steps: () =>
        [
            Chrome.startPoS(),
            Dialog.confirm("Open Register"),
            ProductScreen.addOrderline("Tour Dodol Salak", "2"),
            ProductScreen.addOrderline("Tour Batik Carica", "1"),
            ProductScreen.totalAmountIs("31.00"),
            ProductScreen.clickPayButton(),
            PaymentScreen.clickPaymentMethod("Tour Cash"),
            PaymentScreen.clickValidate(),
            ReceiptScreen.receiptIsThere(),
            Chrome.endTour(),
        ].flat(),
});
