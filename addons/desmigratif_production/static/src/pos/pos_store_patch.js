import { patch } from "@web/core/utils/patch";
import { PosStore } from "@point_of_sale/app/store/pos_store";

patch(PosStore.prototype, {
    /**
     * A food product sold from the stall takes the lot that expires first,
     * without asking the cashier. Changing the lot of a line (the line already
     * has one) and products without such a lot in stock keep Odoo's popup.
     */
    async editLots(product, packLotLinesToEdit) {
        if (product.tracking === "lot" && !packLotLinesToEdit?.length) {
            let lotName = false;
            try {
                lotName = await this.data.call("pos.config", "desmigratif_fefo_lot", [
                    [this.config.id],
                    product.id,
                ]);
            } catch (error) {
                console.warn("First-expiry lot not found, asking the cashier", error);
            }
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
