import glob
import os
import re

import polib

from odoo.tests import BaseCase, tagged

ADDONS = os.path.join(os.path.dirname(__file__), "..", "..", "..", "addons")
BRACKET_RE = re.compile(r"\(([^()]+)\)")
PLACEHOLDER_RE = re.compile(r"%\([^()]*\)[sdf]")
WORD_RE = re.compile(r"\w+")
# How many words before a bracket a stutter repeats ("Rekening Simpanan
# (Simpanan)"); further back, a bracket defines a term used again later
# ("calon PMI (CTKI), keluarga CTKI").
NEAR_WORDS = 3


def repeats_in_brackets(translation):
    """The bracketed words that a translation has just said before the bracket:
    "Pokok (pokok)" reads as a stutter to an Indonesian user."""
    text = PLACEHOLDER_RE.sub(" ", translation)
    stutters = []
    for bracket in BRACKET_RE.finditer(text):
        clause = re.split(r"[,.:;()]", text[: bracket.start()])[-1]
        before = {word.lower() for word in WORD_RE.findall(clause)[-NEAR_WORDS:]}
        inner = {word.lower() for word in WORD_RE.findall(bracket.group(1))}
        if inner and inner <= before:
            stutters.append(bracket.group(1))
    return stutters


@tagged("post_install", "-at_install")
class TestIndonesianTranslations(BaseCase):
    def test_repeats_are_detected(self):
        for translation, expected in (
            ("Pokok (pokok)", ["pokok"]),
            ("Pinjaman Koperasi (Pinjaman)", ["Pinjaman"]),
            ("Nomor kartu keluarga (Kartu Keluarga) 16 digit", ["Kartu Keluarga"]),
            ("Jasa (jasa):", ["jasa"]),
            ("Nomor Kartu Keluarga (KK)", []),
            ("calon PMI (CTKI), keluarga CTKI", []),
            ("daftar hadir anak yang ditandai H (hadir)", []),
            ("RT %(rt)s / RW %(rw)s (%(dusun)s)", []),
            ("Tarif (%)", []),
        ):
            with self.subTest(translation=translation):
                self.assertEqual(repeats_in_brackets(translation), expected)

    def test_no_translation_repeats_itself_in_brackets(self):
        files = sorted(glob.glob(os.path.join(ADDONS, "*", "i18n", "id.po")))
        self.assertGreaterEqual(len(files), 7)
        stutters = [
            f"{os.path.basename(os.path.dirname(os.path.dirname(path)))}: "
            f"{entry.msgid!r} -> {entry.msgstr!r}"
            for path in files
            for entry in polib.pofile(path)
            if entry.msgstr and repeats_in_brackets(entry.msgstr)
        ]
        self.assertEqual(stutters, [])
