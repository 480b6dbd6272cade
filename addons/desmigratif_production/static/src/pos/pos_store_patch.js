import { patch } from "@web/core/utils/patch";
import { PosStore } from "@point_of_sale/app/store/pos_store";

patch(PosStore.prototype, {
    /**
     * A second tap on a food product adds to the line of the same lot, as a
     * tap does for products without lots. Odoo never merges lines of a
     * lot-tracked product (each line used to get its own lot by hand); here
     * the lot comes from the stock, so a line already selling the lot that
     * expires first takes one more packet.
     */
    async addLineToOrder(vals, order, opts = {}, configure = true) {
        const product =
            typeof vals.product_id === "number"
                ? this.data.models["product.product"].get(vals.product_id)
                : vals.product_id;
        if (
            product?.tracking === "lot" &&
            configure &&
            !opts.code &&
            !("price_unit" in vals) &&
            !product.isConfigurable() &&
            !product.isCombo()
        ) {
            const lotName = await this.desmigratifFefoLot(product);
            const line = lotName && this.desmigratifLotLine(order, product, lotName);
            if (line) {
                order.assert_editable();
                line.set_quantity(line.get_quantity() + (vals.qty || 1));
                this.selectOrderLine(order, line);
                this.numberBuffer.reset();
                order.recomputeOrderData();
                return line;
            }
            // Odoo's path asks editLots below: it takes this answer without a call.
            this.desmigratifPendingLot = { productId: product.id, lotName };
        }
        try {
            return await super.addLineToOrder(...arguments);
        } finally {
            this.desmigratifPendingLot = false;
        }
    },

    /** The name of the lot the stall sells first, or false (Odoo asks then). */
    async desmigratifFefoLot(product) {
        try {
            return await this.data.call("pos.config", "desmigratif_fefo_lot", [
                [this.config.id],
                product.id,
            ]);
        } catch (error) {
            console.warn("First-expiry lot not found, asking the cashier", error);
            return false;
        }
    },

    /**
     * The order's line selling this product from this lot alone, at its
     * usual price, with nothing particular (discount, note, refund, combo).
     */
    desmigratifLotLine(order, product, lotName) {
        return order.lines.findLast(
            (line) =>
                line.product_id.id === product.id &&
                line.pack_lot_ids.length === 1 &&
                line.pack_lot_ids[0].lot_name === lotName &&
                line.get_quantity() > 0 &&
                !line.get_discount() &&
                !line.refunded_orderline_id &&
                !line.isPartOfCombo() &&
                !line.getNote() &&
                !line.get_customer_note() &&
                !line.skip_change &&
                line.price_type === "original"
        );
    },

    /**
     * A food product sold from the stall takes the lot that expires first,
     * without asking the cashier. Changing the lot of a line (the line already
     * has one) and products without such a lot in stock keep Odoo's popup.
     */
    async editLots(product, packLotLinesToEdit) {
        if (product.tracking === "lot" && !packLotLinesToEdit?.length) {
            const pending = this.desmigratifPendingLot;
            const lotName =
                pending?.productId === product.id
                    ? pending.lotName
                    : await this.desmigratifFefoLot(product);
            if (lotName) {
                return { modifiedPackLotLines: {}, newPackLotLines: [{ lot_name: lotName }] };
            }
        }
        return super.editLots(...arguments);
    },

    /** The receipt says which stall and which village sold. */
    getReceiptHeaderData(order) {
        const company = this.company;
        return {
            ...super.getReceiptHeaderData(...arguments),
            desmigratifStall: this.config.name,
            desmigratifVillage: company.name,
            desmigratifPlace: [company.city, company.state_id?.name].filter(Boolean).join(", "),
        };
    },
});
