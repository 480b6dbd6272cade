"""The cooperative's arithmetic (tools/loan_arithmetic.py), without a database.

Every expected figure is written out as a bookkeeper would work it by hand.
Run fast (no database) with
``python3 -m pytest addons/desmigratif_coop/tests/test_loan_rules.py``.
"""

from datetime import date

from odoo.tests import BaseCase

from ..tools.loan_arithmetic import (
    MEMBER_PRODUCTS,
    ageing_bucket,
    allocate_payment,
    balance_sign,
    days_late_on,
    instalment_amount,
    instalment_standing,
    late_penalty,
    loan_lateness,
    loan_schedule,
    months_late,
    movement_sign,
    savings_balance,
    savings_debit,
    shu_parts,
)

SHU_PERCENTAGES = [
    ("reserve", 40.0),
    ("capital", 20.0),
    ("business", 20.0),
    ("board", 5.0),
    ("staff", 5.0),
    ("education", 5.0),
    ("social", 5.0),
]


class TestScheduleRules(BaseCase):
    def test_flat_even_split(self):
        """Rp 3,000,000 over 3 months at 2%: Rp 1,000,000 + Rp 60,000 a month."""
        self.assertEqual(
            loan_schedule(3_000_000, 3, 2.0, "flat", 500, 1),
            [(1_000_000, 60_000), (1_000_000, 60_000), (1_000_000, 60_000)],
        )

    def test_flat_rounded_up_last_takes_the_rest(self):
        """Rp 1,000,000 over 3 months at 2%: 333,333.33 + 20,000 = 353,333.33,
        rounded up to Rp 353,500; the last instalment is 333,000 + 20,000."""
        self.assertEqual(
            loan_schedule(1_000_000, 3, 2.0, "flat", 500, 1),
            [(333_500, 20_000), (333_500, 20_000), (333_000, 20_000)],
        )

    def test_rounded_up_not_to_nearest(self):
        """Rp 1,000,000 over 3 months, no fee, unit Rp 1,000: 333,333.33 goes UP
        to 334,000 (to the nearest it would be 333,000)."""
        self.assertEqual(
            loan_schedule(1_000_000, 3, 0.0, "flat", 1000, 1),
            [(334_000, 0), (334_000, 0), (332_000, 0)],
        )

    def test_whole_rupiah_without_unit(self):
        """Rounding unit Rp 1: Rp 100,000 over 3 months at 1.5%: fee 1,500;
        33,333.33 + 1,500 rounded up to 34,834; principal parts 33,334,
        33,334 and 33,332."""
        self.assertEqual(
            loan_schedule(100_000, 3, 1.5, "flat", 1, 1),
            [(33_334, 1_500), (33_334, 1_500), (33_332, 1_500)],
        )

    def test_fee_rounded_half_up_to_whole_rupiah(self):
        """Rp 100,050 at 0.5%: fee 500.25 -> Rp 500; Rp 100,100 at 0.5%: fee
        500.50 -> Rp 501; Rp 99,900 at 0.5%: 499.50 -> Rp 500."""
        self.assertEqual(loan_schedule(100_050, 1, 0.5, "flat", 1, 1), [(100_050, 500)])
        self.assertEqual(loan_schedule(100_100, 1, 0.5, "flat", 1, 1), [(100_100, 501)])
        self.assertEqual(loan_schedule(99_900, 1, 0.5, "flat", 1, 1), [(99_900, 500)])

    def test_one_month(self):
        self.assertEqual(
            loan_schedule(500_000, 1, 2.0, "flat", 500, 1), [(500_000, 10_000)]
        )

    def test_principal_with_sen_stays_exact(self):
        """An old loan of Rp 1,000,000.50: the last instalment keeps the sen."""
        self.assertEqual(
            loan_schedule(1_000_000.5, 2, 0.0, "flat", 500, 1),
            [(500_500, 0), (499_500.5, 0)],
        )

    def test_declining_balance(self):
        """Rp 3,000,000 over 3 months at 2% of what is still owed: fees
        60,000, 40,000 and 20,000."""
        self.assertEqual(
            loan_schedule(3_000_000, 3, 2.0, "declining", 500, 1),
            [(1_000_000, 60_000), (1_000_000, 40_000), (1_000_000, 20_000)],
        )

    def test_declining_rounded_principal(self):
        """Rp 1,000,000 over 3 months at 1.5%: principal 333,333.33 up to
        333,500; fees 15,000, then 1.5% of 666,500 = 9,997.50 -> 9,998, then
        1.5% of 333,000 = 4,995."""
        self.assertEqual(
            loan_schedule(1_000_000, 3, 1.5, "declining", 500, 1),
            [(333_500, 15_000), (333_500, 9_998), (333_000, 4_995)],
        )

    def test_declining_unit_larger_than_needed(self):
        """Rp 250,000 over 3 months, unit Rp 100,000: 83,333.33 goes up to
        100,000 twice; the last takes the 50,000 left."""
        self.assertEqual(
            loan_schedule(250_000, 3, 0.0, "declining", 100_000, 1),
            [(100_000, 0), (100_000, 0), (50_000, 0)],
        )

    def test_flat_unit_larger_than_needed(self):
        """Rp 150,000 over 3 months, unit Rp 100,000: 100,000, 50,000, then 0."""
        self.assertEqual(
            loan_schedule(150_000, 3, 0.0, "flat", 100_000, 1),
            [(100_000, 0), (50_000, 0), (0, 0)],
        )

    def test_no_month_refused(self):
        with self.assertRaisesRegex(
            ValueError, "^a schedule needs at least one month$"
        ):
            loan_schedule(100_000, 0, 2.0, "flat", 500, 1)


class TestPenaltyRules(BaseCase):
    def test_months_late(self):
        self.assertEqual(
            [months_late(days) for days in (1, 29, 30, 31, 60, 61, 75)],
            [1, 1, 1, 2, 2, 3, 3],
        )

    def test_percent_per_started_month(self):
        """1.5% of a Rp 1,060,000 instalment is Rp 15,900 per started month."""
        self.assertEqual(
            [
                late_penalty(1_060_000, days, "percent", 10_000, 1.5, 0.0, 1)
                for days in (1, 30, 31, 75)
            ],
            [15_900, 15_900, 31_800, 47_700],
        )

    def test_percent_rounded_half_up_to_whole_rupiah(self):
        """1% of Rp 353,350 is 3,533.50 -> Rp 3,534; of 353,340: 3,533.40 ->
        Rp 3,533."""
        self.assertEqual(late_penalty(353_350, 5, "percent", 0, 1.0, 0.0, 1), 3_534)
        self.assertEqual(late_penalty(353_340, 5, "percent", 0, 1.0, 0.0, 1), 3_533)

    def test_flat_once(self):
        self.assertEqual(
            late_penalty(1_060_000, 5, "flat", 10_000, 1.5, 0.0, 1), 10_000
        )
        self.assertEqual(
            late_penalty(1_060_000, 90, "flat", 10_000, 1.5, 10_000, 1), 10_000
        )
        self.assertEqual(late_penalty(1_060_000, 5, "flat", False, 1.5, 0.0, 1), 0)

    def test_charged_penalty_never_goes_down(self):
        """A penalty of Rp 20,000 already charged stays when the village moves
        to a flat Rp 10,000."""
        self.assertEqual(
            late_penalty(1_060_000, 5, "flat", 10_000, 1.5, 20_000, 1), 20_000
        )
        self.assertEqual(
            late_penalty(1_060_000, 5, "percent", 0, 1.5, 20_000, 1), 20_000
        )
        self.assertEqual(late_penalty(1_060_000, 5, "percent", 0, 1.5, None, 1), 15_900)


class TestAllocationRules(BaseCase):
    OWED = [
        {"penalty": 10_000, "fee": 60_000, "principal": 1_000_000},
        {"penalty": 0, "fee": 60_000, "principal": 1_000_000},
    ]

    def test_penalty_then_fee_then_principal(self):
        """Rp 50,000 pays the Rp 10,000 penalty, then 40,000 of the fee."""
        self.assertEqual(
            allocate_payment(50_000, self.OWED, 1),
            ([(0, "penalty", 10_000), (0, "fee", 40_000)], 0),
        )

    def test_oldest_instalment_first(self):
        """Rp 1,100,000 clears the first instalment (1,070,000), then 30,000
        of the second one's fee."""
        self.assertEqual(
            allocate_payment(1_100_000, self.OWED, 1),
            (
                [
                    (0, "penalty", 10_000),
                    (0, "fee", 60_000),
                    (0, "principal", 1_000_000),
                    (1, "fee", 30_000),
                ],
                0,
            ),
        )

    def test_more_than_owed_is_left(self):
        """Rp 2,200,000 against Rp 2,130,000 owed: Rp 70,000 left over."""
        allocation, left = allocate_payment(2_200_000, self.OWED, 1)
        self.assertEqual(left, 70_000)
        self.assertEqual(sum(part for _i, _c, part in allocation), 2_130_000)

    def test_paid_parts_skipped(self):
        owed = [{"penalty": 0, "fee": 0, "principal": 0}, {"fee": 5_000}]
        self.assertEqual(allocate_payment(5_000, owed, 1), ([(1, "fee", 5_000)], 0))

    def test_exact_amount_stops(self):
        """Rp 10,000 pays exactly the penalty: nothing is allocated to the fee."""
        self.assertEqual(
            allocate_payment(10_000, self.OWED, 1), ([(0, "penalty", 10_000)], 0)
        )

    def test_one_rupiah(self):
        """Rp 1 left pays Rp 1 still owed; a Rp 1 fee is paid before the
        principal."""
        self.assertEqual(allocate_payment(1, [{"fee": 5}], 1), ([(0, "fee", 1)], 0))
        self.assertEqual(
            allocate_payment(5, [{"fee": 1, "principal": 10}], 1),
            ([(0, "fee", 1), (0, "principal", 4)], 0),
        )

    def test_sen_below_rounding_ignored(self):
        """With a currency rounding of Rp 1, 0.4 sen owed is nothing owed and
        0.4 left is nothing left."""
        owed = [{"penalty": 0.4, "fee": 100}]
        self.assertEqual(allocate_payment(100.4, owed, 1), ([(0, "fee", 100)], 0.4))
        self.assertEqual(allocate_payment(0.4, owed, 1), ([], 0.4))


class TestAgeingRules(BaseCase):
    def test_buckets_at_their_limits(self):
        self.assertEqual(
            [ageing_bucket(days) for days in (-5, 0, 1, 3, 4, 30)],
            ["current", "current", "1_30", "1_30", "1_30", "1_30"],
        )
        self.assertEqual(
            [ageing_bucket(days) for days in (31, 60, 61, 90, 91, 400)],
            ["31_60", "31_60", "61_90", "61_90", "over_90", "over_90"],
        )


class TestInstalmentRules(BaseCase):
    def test_days_late(self):
        """Due 1 March 2026: not late that day, 31 days late on 1 April."""
        due = date(2026, 3, 1)
        self.assertEqual(
            [days_late_on(due, when) for when in (date(2026, 2, 20), due)], [0, 0]
        )
        self.assertEqual(days_late_on(due, date(2026, 4, 1)), 31)

    def test_amount_with_penalty(self):
        self.assertEqual(instalment_amount(1_000_000, 60_000, 10_000), 1_070_000)

    def test_partly_paid_late_instalment(self):
        """Rp 1,000,000 + 60,000 fee + 10,000 penalty, 40 days late, with
        Rp 10,000 penalty, 60,000 fee and 300,000 principal paid: Rp 700,000
        principal left, late, in the 31-60 days bucket."""
        self.assertEqual(
            instalment_standing(
                {"principal": 1_000_000, "fee": 60_000, "penalty": 10_000},
                {"principal": 300_000, "fee": 60_000, "penalty": 10_000},
                40,
                1,
            ),
            {
                "remaining_principal": 700_000,
                "remaining_fee": 0,
                "remaining_penalty": 0,
                "remaining": 700_000,
                "state": "late",
                "ageing": "31_60",
            },
        )

    def test_open_and_paid(self):
        owed = {"principal": 35_500, "fee": 2_000, "penalty": 0}
        open_ = instalment_standing(owed, {}, 0, 1)
        self.assertEqual(
            (open_["remaining"], open_["state"], open_["ageing"]),
            (37_500, "open", "current"),
        )
        # paid to the sen below a rupiah: paid, and no longer ageing
        paid = instalment_standing(owed, {"principal": 35_499.6, "fee": 2_000}, 95, 1)
        self.assertEqual((paid["state"], paid["ageing"]), ("paid", "current"))

    def test_one_rupiah_one_day(self):
        """Rp 1 still owed is not paid; one day past due is late (1-30 days)."""
        owed = {"principal": 35_500, "fee": 2_000, "penalty": 0}
        standing = instalment_standing(owed, {"principal": 35_499, "fee": 2_000}, 1, 1)
        self.assertEqual(
            (standing["remaining"], standing["state"], standing["ageing"]),
            (1, "late", "1_30"),
        )

    def test_loan_lateness_is_its_oldest_unpaid_instalment(self):
        self.assertEqual(
            loan_lateness([("paid", 120), ("late", 65), ("late", 34), ("open", 0)]),
            (65, "61_90"),
        )
        self.assertEqual(loan_lateness([("paid", 120), ("open", 0)]), (0, "current"))
        self.assertEqual(loan_lateness([]), (0, "current"))


class TestSavingsSignRules(BaseCase):
    def test_members_savings_products(self):
        """A member saves pokok, wajib and sukarela; the kas kelompok is a
        group's, never counted in a member's savings (SHU, RAT pack)."""
        self.assertEqual(MEMBER_PRODUCTS, ("pokok", "wajib", "sukarela"))

    def test_members_savings_are_credit_balances(self):
        for product in ("pokok", "wajib", "sukarela"):
            self.assertEqual(balance_sign(product), -1)
            # a member who deposited Rp 300,000: the ledger shows a credit
            self.assertEqual(savings_balance(product, -300_000), 300_000)

    def test_kas_kelompok_is_a_debit_balance(self):
        self.assertEqual(balance_sign("group"), 1)
        self.assertEqual(savings_balance("group", 10_000_000), 10_000_000)

    def test_movements(self):
        self.assertEqual(movement_sign("deposit"), 1)
        self.assertEqual(movement_sign("withdrawal"), -1)
        with self.assertRaisesRegex(
            ValueError, "^unknown savings movement 'transfer'$"
        ):
            movement_sign("transfer")

    def test_entry_side(self):
        """A member's deposit credits the savings account; a withdrawal debits
        it. A kas kelompok is the other way round."""
        self.assertEqual(savings_debit("deposit", "sukarela", 50_000), -50_000)
        self.assertEqual(savings_debit("withdrawal", "wajib", 50_000), 50_000)
        self.assertEqual(savings_debit("deposit", "group", 50_000), 50_000)
        self.assertEqual(savings_debit("withdrawal", "group", 50_000), -50_000)


class TestShuPartRules(BaseCase):
    def test_default_percentages(self):
        """Rp 500,001 at 40/20/20/5/5/5/5: 200,000.40 -> 200,000, 100,000.20 ->
        100,000 twice, 25,000.05 -> 25,000 four times; the rupiah left goes to
        the largest cut-off, the reserve's 0.40."""
        self.assertEqual(
            shu_parts(500_001, SHU_PERCENTAGES, 1),
            {
                "reserve": 200_001,
                "capital": 100_000,
                "business": 100_000,
                "board": 25_000,
                "staff": 25_000,
                "education": 25_000,
                "social": 25_000,
            },
        )

    def test_sen_stay_in_the_reserve(self):
        """Rp 1,000,003.33: parts of Rp 1,000,003 are 400,001.2, 200,000.6 (x2)
        and 50,000.15 (x4); the 2 rupiah left go to the 0.6s; the 33 sen stay
        in the reserve."""
        self.assertEqual(
            shu_parts(1_000_003.33, SHU_PERCENTAGES, 1),
            {
                "reserve": 400_001.33,
                "capital": 200_001,
                "business": 200_001,
                "board": 50_000,
                "staff": 50_000,
                "education": 50_000,
                "social": 50_000,
            },
        )

    def test_without_reserve_sen_are_not_shared(self):
        self.assertEqual(
            shu_parts(100.5, [("capital", 50.0), ("business", 50.0)], 1),
            {"capital": 50, "business": 50},
        )

    def test_zero_surplus(self):
        self.assertEqual(
            shu_parts(0, SHU_PERCENTAGES, 1), dict.fromkeys(dict(SHU_PERCENTAGES), 0)
        )
