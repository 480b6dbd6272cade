import { registry } from "@web/core/registry";

// Triggers use data and technical names only: the volunteer reads Indonesian.
const firstRow = ".o_field_widget[name=line_ids] .o_data_row:nth-child(1)";

function assertCodesFit() {
    const cell = this.anchor.closest(".o_data_cell");
    const badges = [...cell.querySelectorAll(".o_selection_badge")];
    const tops = new Set(badges.map((badge) => Math.round(badge.getBoundingClientRect().top)));
    if (tops.size !== 1) {
        throw new Error(`The attendance codes stack on ${tops.size} lines.`);
    }
    const limit = Math.min(cell.getBoundingClientRect().right, window.innerWidth);
    for (const badge of badges) {
        if (badge.scrollWidth > badge.clientWidth || badge.getBoundingClientRect().right > limit) {
            throw new Error(`The attendance code "${badge.textContent}" is cut off.`);
        }
    }
}

// The volunteer opens the tablet on a session day and fills the sheet.
registry.category("web_tour.tours").add("desmigratif_parenting_volunteer_tablet", {
    steps: () => [
        {
            content: "She lands on today's sessions and opens the one at the house",
            trigger: ".o_parenting_today .o_kanban_record:contains(Tour House)",
            run: "click",
        },
        {
            content: "The session names its weekly slot by day, hours and place",
            trigger: ".o_field_widget[name=timetable_id]:contains(14:00-16:00, Tour House)",
        },
        {
            content: "She taps the first child's code",
            trigger: `${firstRow} .o_data_cell[name=code]`,
            run: "click",
        },
        {
            content: "The four codes fit on one line, the longest label whole",
            trigger: `${firstRow}.o_selected_row .o_selection_badge[value='"A"']`,
            run: assertCodesFit,
        },
        {
            content: "She marks the first child present",
            trigger: `${firstRow}.o_selected_row .o_selection_badge[value='"H"']`,
            run: "click",
        },
        {
            content: "The others came too",
            trigger: ".o_form_view button[name=action_mark_all_present]",
            run: "click",
        },
        {
            content: "Every child is marked: she closes the sheet",
            trigger: ".o_form_view button.btn-primary[name=action_done]",
            run: "click",
        },
        {
            content: "The session is held",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value=done]",
        },
    ],
});

// On a day without sessions the tablet says when the next one is, and shows
// no other application than the ones her group allows.
registry.category("web_tour.tours").add("desmigratif_parenting_volunteer_no_session", {
    steps: () => [
        {
            content: "The empty page names the next session",
            trigger: ".o_view_nocontent:contains(14:00-16:00):contains(Tour House)",
        },
        {
            content: "She opens the application menu",
            trigger: ".o_navbar_apps_menu button",
            run: "click",
        },
        {
            content: "Only her applications are there",
            trigger:
                ".dropdown-menu:has(.o_app[data-menu-xmlid='desmigratif_base.menu_desmigratif_root'])" +
                ":not(:has(.o_app[data-menu-xmlid='stock.menu_stock_root']))" +
                ":not(:has(.o_app[data-menu-xmlid='point_of_sale.menu_point_root']))" +
                ":not(:has(.o_app[data-menu-xmlid='mrp.menu_mrp_root']))" +
                ":not(:has(.o_app[data-menu-xmlid='mail.menu_root_discuss']))" +
                ":not(:has(.o_app[data-menu-xmlid='contacts.menu_contacts']))" +
                ":not(:has(.o_app[data-menu-xmlid='base.menu_management']))",
        },
    ],
});
