import { registry } from "@web/core/registry";

// Triggers use data and technical names only: the officer reads Indonesian.
// The date 05/05/2024 reads the same in English (m/d/Y) and Indonesian (d/m/Y).
const form = ".o_form_view.o_desmigratif_resident_form";

registry.category("web_tour.tours").add("desmigratif_officer_worker_form", {
    steps: () => [
        {
            content: "The workers list shows the destination country and the route",
            trigger: ".o_data_row:contains(Wartini Tour) td[name=placement_country_id]:contains(Malaysia)",
        },
        {
            content: "The route column is filled too",
            trigger: ".o_data_row:contains(Wartini Tour) td[name=placement_route]:not(:empty)",
        },
        {
            content: "The officer opens the worker",
            trigger: ".o_data_row:contains(Wartini Tour) td[name=name]",
            run: "click",
        },
        {
            content: "The village office's form, identity first: NIK and KK",
            trigger: `${form} .o_field_widget[name=nik] input:value(3307105505900001)`,
        },
        {
            content: "The household's KK number is beside the NIK",
            trigger: `${form} .o_field_widget[name=kk_number]:contains(3307100101240001)`,
        },
        {
            content: "The address is the RT, RW and dusun",
            trigger: `${form} .o_field_widget[name=dusun_id]:contains(Krajan)`,
        },
        {
            content: "No business-contact fields for a resident",
            trigger: `${form}:not(:has(.o_field_widget[name=vat])):not(:has(.o_field_widget[name=function])):not(:has(.o_field_widget[name=website]))`,
        },
        {
            content: "The current placement is on the form",
            trigger: `${form} .o_field_widget[name=placement_country_id]:contains(Malaysia)`,
        },
        {
            content: "Smart buttons count the placements",
            trigger: `${form} button[name=action_view_placements] .o_stat_value:contains(2)`,
        },
        {
            content: "... the AK-1 applications",
            trigger: `${form} button[name=action_view_ak1_applications] .o_stat_value:contains(1)`,
        },
        {
            content: "... and the complaints",
            trigger: `${form} button[name=action_view_complaints] .o_stat_value:contains(1)`,
        },
        {
            content: "The officer opens the current placement",
            trigger: `${form} .o_field_widget[name=current_placement_id] a`,
            run: "click",
        },
        {
            content: "The family reports lost contact",
            trigger: ".o_form_view .o_field_widget[name=lost_contact] input",
            run: "click",
        },
        {
            content: "The last contact date is now required",
            trigger: ".o_form_view .o_field_widget[name=date_last_contact].o_required_modifier input",
            run: "edit 05/05/2024",
        },
        {
            content: "The officer saves the placement",
            trigger: ".o_form_view .o_form_button_save",
            run: "click",
        },
        {
            content: "The placement is saved",
            trigger: ".o_form_view .o_form_saved .o_field_widget[name=date_last_contact]",
        },
        {
            content: "Back to the worker through the breadcrumb",
            trigger: ".o_breadcrumb .breadcrumb-item a:contains(Wartini Tour)",
            run: "click",
        },
        {
            content: "Back on the worker's form, the lost contact is flagged",
            trigger: `${form} .o_widget_web_ribbon .ribbon`,
        },
        {
            content: "... with the last contact date",
            trigger: `${form} .o_field_widget[name=placement_date_last_contact]:contains(05/05/2024)`,
        },
    ],
});
