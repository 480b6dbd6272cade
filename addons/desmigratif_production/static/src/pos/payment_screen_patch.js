import { patch } from "@web/core/utils/patch";
import { PaymentScreen } from "@point_of_sale/app/screens/payment_screen/payment_screen";

const ODOO_QUICK_AMOUNTS = ["+10", "+20", "+50"];

patch(PaymentScreen.prototype, {
    /**
     * The quick amounts are the three largest notes the point of sale counts
     * with (Rp 20,000, 50,000 and 100,000 at a rupiah stall), not +10/+20/+50.
     */
    getNumpadButtons() {
        const buttons = super.getNumpadButtons(...arguments);
        const notes = (this.pos.config.default_bill_ids || [])
            .map((bill) => bill.value)
            .sort((a, b) => a - b)
            .slice(-ODOO_QUICK_AMOUNTS.length);
        if (notes.length < ODOO_QUICK_AMOUNTS.length) {
            return buttons;
        }
        return buttons.map((button) => {
            const index = ODOO_QUICK_AMOUNTS.indexOf(button.value);
            if (index < 0) {
                return button;
            }
            return {
                ...button,
                value: `+${notes[index]}`,
                text: `+${this.env.utils.formatCurrency(notes[index], false)}`,
            };
        });
    },

    /**
     * Tapping a method again on a paid order selects its line instead of
     * adding a line of 0 that would print on the receipt.
     */
    async addNewPaymentLine(paymentMethod) {
        const order = this.currentOrder;
        const existing = this.paymentLines.find(
            (line) => line.payment_method_id.id === paymentMethod.id
        );
        if (existing && order.get_due() <= 0 && !paymentMethod.use_payment_terminal) {
            order.select_paymentline(existing);
            this.numberBuffer.reset();
            return true;
        }
        return super.addNewPaymentLine(...arguments);
    },

    /** No payment line of 0 is kept when the order is paid by the others. */
    async validateOrder(isForceValidate) {
        this.numberBuffer.capture();
        const order = this.currentOrder;
        const empty = this.paymentLines.filter((line) => !line.get_amount());
        if (empty.length && empty.length < this.paymentLines.length) {
            for (const line of empty) {
                order.remove_paymentline(line);
            }
        }
        return super.validateOrder(...arguments);
    },
});
