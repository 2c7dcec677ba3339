/*
 * lang_kk.c — the Kazakh language pack (see langpack.h).
 *
 * Contract: lp_kk writes Kazakh the way the seed regulations do.
 *  - Numbers read in order, in groups of three digits, with the legal
 *    "бір жүз", "бір мың" (not bare "жүз", "мың"): 180 = "бір жүз
 *    сексен".  A number takes no gender; a case ending goes on its last
 *    word only ("бір жүз сексеннен").
 *  - A noun does not change after a number ("бес минут"); a case ending
 *    is made by rule (inflect): vowel harmony of the last word and its
 *    last sound, with the pronominal -н- after the 3rd-person possessive
 *    ("жұмыс күнінен").  The cases written are the genitive, dative,
 *    accusative, locative and ablative; the nominative has no ending,
 *    and the instrumental (which no output needs) and the prepositional
 *    (which Kazakh has not) leave the phrase unchanged.
 *  - Durations put the case ending on the last unit only: the ablative
 *    before "аспайды" and before the dash of a range, the dative before
 *    "дейін" (legal.h lists the phrases).  Working parts follow each other
 *    without a conjunction ("2 жұмыс күні 4 сағат 50 минут"); calendar
 *    days come first, joined by "және".
 */
#include "langpack.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "legal.h"
#include "sb.h"
#include "utf8.h"

/* ---- numbers ---------------------------------------------------------------------- */

static const char *const kk_units[10] = {
	"нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз",
};
static const char *const kk_tens[10] = {
	"", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан",
};
/* The powers of a thousand, from 10^3. */
static const char *const kk_powers[3] = { "мың", "миллион", "миллиард" };

/* The Kazakh words of v, uninflected, into o (digits above LP_WORDS_MAX). */
static void kk_number(struct out *o, uint64_t v)
{
	if (v == 0 || v > LP_WORDS_MAX) {
		if (v)
			out_printf(o, "%" PRIu64, v);
		else
			out_printf(o, "%s", kk_units[0]);
		return;
	}
	unsigned groups[4];
	int ng = 0;
	for (uint64_t x = v; x; x /= 1000)
		groups[ng++] = (unsigned)(x % 1000);
	bool first = true;
	for (int g = ng - 1; g >= 0; g--) {
		unsigned h = groups[g] / 100, t = groups[g] / 10 % 10, u = groups[g] % 10;
		if (groups[g] == 0)
			continue;
		/* The legal style writes "бір жүз", "бір мың". */
		if (h) {
			out_printf(o, "%s%s жүз", first ? "" : " ", kk_units[h]);
			first = false;
		}
		if (t) {
			out_printf(o, "%s%s", first ? "" : " ", kk_tens[t]);
			first = false;
		}
		if (u) {
			out_printf(o, "%s%s", first ? "" : " ", kk_units[u]);
			first = false;
		}
		if (g > 0)
			out_printf(o, " %s", kk_powers[g - 1]);
	}
}

/* ---- case endings ------------------------------------------------------------------ */

/* The code point ending at s[end) (decoding backwards), its start in *at. */
static uint32_t prev_cp(const char *s, size_t end, size_t *at)
{
	size_t i = utf8_prev(s, end);
	uint32_t cp;
	*at = i;
	return utf8_decode(s + i, end - i, &cp) ? cp : 0xFFFD;
}

/* Lower case of a Cyrillic letter of Kazakh or Russian; others as they are. */
static uint32_t cyr_lower(uint32_t c)
{
	if (c >= 0x410 && c <= 0x42F)
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40F)
		return c + 0x50;
	switch (c) {
	case 0x4D8: case 0x4E8: case 0x4B0: case 0x4AE: case 0x492: case 0x49A:
	case 0x4A2: case 0x4BA:
		return c + 1;
	default:
		return c;
	}
}

/* The last sound of a word, as far as endings care. */
enum kk_sound {
	KS_VOWEL,    /* а ә е о ө ұ ү ы і э ю я ё */
	KS_SONORANT, /* л р й, and у и (after a vowel they are glides: елу) */
	KS_VOICED,   /* ж з */
	KS_NASAL,    /* м н ң */
	KS_VOICELESS /* every other consonant (б д г at the end sound voiceless) */
};

/* Vowel harmony: 1 back, 0 front, -1 not a vowel, 2/3 ambiguous
 * (у leans back, и front, when no other vowel decides). */
static int vowel_class(uint32_t c)
{
	switch (c) {
	case 0x430: case 0x43E: case 0x4B1: case 0x44B: case 0x44F: case 0x451: case 0x44E:
		return 1; /* а о ұ ы я ё ю */
	case 0x4D9: case 0x435: case 0x4E9: case 0x4AF: case 0x456: case 0x44D:
		return 0; /* ә е ө ү і э */
	case 0x443:
		return 2; /* у */
	case 0x438:
		return 3; /* и */
	default:
		return -1;
	}
}

static enum kk_sound sound_of(uint32_t c)
{
	int v = vowel_class(c);
	if (v == 0 || v == 1)
		return KS_VOWEL;
	if (v >= 2)
		return KS_SONORANT;
	switch (c) {
	case 0x43B: case 0x440: case 0x439: /* л р й */
		return KS_SONORANT;
	case 0x436: case 0x437: /* ж з */
		return KS_VOICED;
	case 0x43C: case 0x43D: case 0x4A3: /* м н ң */
		return KS_NASAL;
	default:
		return KS_VOICELESS;
	}
}

/* Endings by case and last sound: back form, front form.  A case with no
 * row here gets no ending. */
static const char *const kk_endings[LPC__COUNT][5][2] = {
	[LPC_GEN] = { { "ның", "нің" }, { "дың", "дің" }, { "дың", "дің" },
		      { "ның", "нің" }, { "тың", "тің" } },
	[LPC_DAT] = { { "ға", "ге" }, { "ға", "ге" }, { "ға", "ге" },
		      { "ға", "ге" }, { "қа", "ке" } },
	[LPC_ACC] = { { "ны", "ні" }, { "ды", "ді" }, { "ды", "ді" },
		      { "ды", "ді" }, { "ты", "ті" } },
	[LPC_LOC] = { { "да", "де" }, { "да", "де" }, { "да", "де" },
		      { "да", "де" }, { "та", "те" } },
	[LPC_ABL] = { { "дан", "ден" }, { "дан", "ден" }, { "дан", "ден" },
		      { "нан", "нен" }, { "тан", "тен" } },
};
/* After the 3rd-person possessive the pronominal -н- comes in. */
static const char *const kk_poss_endings[LPC__COUNT][2] = {
	[LPC_GEN] = { "ның", "нің" }, [LPC_DAT] = { "на", "не" },
	[LPC_ACC] = { "н", "н" },     [LPC_LOC] = { "нда", "нде" },
	[LPC_ABL] = { "нан", "нен" },
};

/* Whether case c has an ending in Kazakh. */
static bool kk_has_ending(enum lp_case c)
{
	return c == LPC_GEN || c == LPC_DAT || c == LPC_ACC || c == LPC_LOC || c == LPC_ABL;
}

/* The ending of case c for word (a word or a phrase: its last word
 * decides), "" when the case has none. */
static const char *kk_ending(const char *word, enum lp_case c, bool possessive)
{
	size_t len = strlen(word);
	if (len == 0 || !kk_has_ending(c))
		return "";
	/* The last sound, and the harmony of the last word's vowels. */
	size_t at = len;
	uint32_t last = 0;
	int harmony = -1, weak = -1;
	bool have_last = false;
	while (at > 0) {
		uint32_t cp = cyr_lower(prev_cp(word, at, &at));
		if (cp == ' ')
			break;
		if (!have_last) {
			last = cp;
			have_last = true;
		}
		int v = vowel_class(cp);
		if (v == 0 || v == 1) {
			harmony = v;
			break;
		}
		if (v >= 2 && weak < 0)
			weak = v == 2 ? 1 : 0;
	}
	if (harmony < 0)
		harmony = weak >= 0 ? weak : 1;
	int front = harmony == 0;
	return possessive ? kk_poss_endings[c][front] : kk_endings[c][sound_of(last)][front];
}

static int kk_inflect(char *buf, size_t n, const char *word, enum lp_case c, bool possessive)
{
	struct out o = out_start(buf, n);
	out_printf(&o, "%s%s", word, kk_ending(word, c, possessive));
	return out_end(&o);
}

/* v in words, its last word in case c; Kazakh numbers have no gender. */
static int kk_numwords(char *buf, size_t n, uint64_t v, enum lp_gender g, enum lp_case c)
{
	(void)g;
	char words[512];
	struct out w = out_start(words, sizeof words);
	kk_number(&w, v);
	return kk_inflect(buf, n, words, c, false);
}

/* ---- counted nouns ------------------------------------------------------------------ */

/* A noun in the nominative; possessive: it ends in the 3rd-person
 * possessive, which changes its endings ("жұмыс күні": күнінен). */
static const struct {
	const char *word;
	bool possessive;
} kk_nouns[LPN__COUNT] = {
	[LPN_CD] = { "күнтізбелік күн", false },
	[LPN_WD] = { "жұмыс күні", true },
	[LPN_HOUR] = { "сағат", false },
	[LPN_MIN] = { "минут", false },
	[LPN_MONTH] = { "ай", false },
	[LPN_WEEK] = { "апта", false },
	[LPN_ERROR] = { "қате", false },
	[LPN_WARNING] = { "ескерту", false },
	[LPN_TIMES] = { "рет", false },
};

/* Kazakh does not change a noun after a number. */
static enum lp_form kk_form(uint64_t v, enum lp_case c)
{
	(void)v;
	(void)c;
	return LPF_ONE;
}

/*
 * Noun `what` with the ending of case c, into buf (64 bytes: the longest
 * noun with its longest ending takes 36).  Made each time: a rule on a
 * short constant word costs less than keeping a table that a library
 * would have to own (session.h: no mutable state outside a session).
 */
static const char *kk_noun_form(enum lp_noun what, enum lp_case c, char buf[64])
{
	if ((unsigned)c >= LPC__COUNT)
		c = LPC_NOM;
	snprintf(buf, 64, "%s%s", kk_nouns[what].word,
		 kk_ending(kk_nouns[what].word, c, kk_nouns[what].possessive));
	return buf;
}

static int kk_noun(char *buf, size_t n, enum lp_noun what, uint64_t v, enum lp_case c)
{
	(void)v;
	if ((unsigned)what >= LPN__COUNT)
		what = LPN_MIN;
	char form[64];
	struct out o = out_start(buf, n);
	out_printf(&o, "%s", kk_noun_form(what, c, form));
	return out_end(&o);
}

/* sep, then "v noun" into o: the number in the nominative, the case on
 * the noun.  One write for the digits, the common case. */
static void kk_put_count(struct out *o, const char *sep, uint64_t v, enum lp_noun what,
			 enum lp_case c, enum lp_style s)
{
	if ((unsigned)what >= LPN__COUNT)
		what = LPN_MIN;
	char form[64];
	const char *noun = kk_noun_form(what, c, form);
	if (s == LPS_DIGITS) {
		out_printf(o, "%s%" PRIu64 " %s", sep, v, noun);
		return;
	}
	out_printf(o, "%s", sep);
	kk_number(o, v);
	out_printf(o, " %s", noun);
}

static int kk_count(char *buf, size_t n, uint64_t v, enum lp_noun what, enum lp_case c,
		    enum lp_style s)
{
	struct out o = out_start(buf, n);
	kk_put_count(&o, "", v, what, c, s);
	return out_end(&o);
}

/* ---- durations ----------------------------------------------------------------------- */

/* The words of the duration phrases around their numbers. */
static const char kk_automatic[] = "автоматты түрде"; /* a system's step */
static const char kk_not_more[] = " аспайды";         /* after the ablative */
static const char kk_within[] = " ішінде";            /* after the nominative */
static const char kk_dash[] = " – ";                  /* between a range's ends */
static const char kk_until[] = " дейін";              /* after the dative */

static const char kk_and[] = " және ";                /* calendar days, then working time */

/* Parts: every number and unit in the nominative but the last unit, which
 * takes case c; calendar days and the working time after them joined by
 * "және" ("28 күнтізбелік күн және 2 жұмыс күні 4 сағат"), the working
 * parts by spaces. */
static void kk_parts(struct out *o, const struct legal_parts *p, enum lp_case c,
		     enum lp_style s)
{
	for (int i = 0; i < p->n; i++)
		kk_put_count(o, i == 0 ? "" : legal_kind_break(p, i) ? kk_and : " ",
			     (uint64_t)p->v[i], p->u[i], i == p->n - 1 ? c : LPC_NOM, s);
}

static int kk_dur(char *buf, size_t n, const struct dur *d, enum lp_style s, int64_t workday)
{
	struct out o = out_start(buf, n);
	struct legal_parts hi = legal_split(d->hi, d->unit, workday, LP_AS_WRITTEN);
	switch (d->form) {
	case DF_NONE:
		break;
	case DF_AUTOMATIC:
		out_printf(&o, "%s", kk_automatic);
		break;
	case DF_EXACT:
		kk_parts(&o, &hi, LPC_NOM, s);
		break;
	case DF_NOT_MORE:
		kk_parts(&o, &hi, LPC_ABL, s);
		out_printf(&o, "%s", kk_not_more);
		break;
	case DF_WITHIN:
		kk_parts(&o, &hi, LPC_NOM, s);
		out_printf(&o, "%s", kk_within);
		break;
	case DF_RANGE: {
		struct legal_parts lo = legal_split(d->lo, d->unit, workday, LP_AS_WRITTEN);
		kk_parts(&o, &lo, LPC_ABL, s);
		out_printf(&o, "%s", kk_dash);
		kk_parts(&o, &hi, LPC_DAT, s);
		out_printf(&o, "%s", kk_until);
		break;
	}
	}
	return out_end(&o);
}

static int kk_qty(char *buf, size_t n, struct qty q, enum unit unit, int64_t workday,
		  enum lp_carry how)
{
	struct out o = out_start(buf, n);
	struct legal_parts p = legal_split(q, unit, workday, how);
	kk_parts(&o, &p, LPC_NOM, LPS_DIGITS);
	return out_end(&o);
}

/* ---- the pack ------------------------------------------------------------------------- */

const struct langpack lp_kk = {
	.lang = LANG_KK,
	.code = "kk",
	.number = kk_numwords,
	.form = kk_form,
	.noun = kk_noun,
	.count = kk_count,
	.inflect = kk_inflect,
	.dur = kk_dur,
	.qty = kk_qty,
	.after_bound = LPC_NOM,
	.phrase = {
		[LP_YES] = "ИӘ",
		[LP_NO] = "ЖОҚ",
		[LP_START] = "Басы",
		[LP_RESULT] = "Нәтиже",
		[LP_REFUSAL] = "Бас тарту",
		[LP_MAX_TIMES] = "ең көбі %llu рет",
		[LP_NO_TERM_STEP] = "мерзімі көрсетілмеген",
		[LP_SYSTEM] = "ақпараттық жүйе",
		[LP_APPENDIX2] = "2-қосымша",
		[LP_APPENDIX3] = "3-қосымша",
		[LP_TITLE2] = "Әрбір рәсімнің (іс-қимылдың) ұзақтығы көрсетілген рәсімдер "
			      "(іс-қимылдар) реттілігі сипаттамасының блок-схемасы",
		[LP_TITLE3] = "«%s» мемлекеттік қызмет көрсетудің бизнес-процестерінің "
			      "анықтамалығы",
		[LP_TITLE_SYS] = "Мемлекеттік қызмет көрсетуге тартылған ақпараттық жүйелердің "
				 "функционалдық өзара іс-қимыл диаграммасы",
		[LP_PATH_TOTAL] = "ең ұзақ жол",
		[LP_TERM] = "мерзімі",
		[LP_NO_TERM] = "мерзімі көрсетілмеген",
		[LP_NOT_ANALYSED] = "ұзақтығы есептелмеген",
		[LP_EXCEEDS] = "мерзімнен асады",
		[LP_HOLIDAYS] = "мереке күндері мерзімнен асады",
		[LP_OPEN] = "шектелмеген: ұзақтығы жоқ қадам бар",
		[LP_INFINITE] = "шексіз",
		[LP_LEGEND_CRIT] = "қалың жиек — ең ұзақ жол",
		[LP_LEGEND_FINDING] = "⚠ және үзік жиек — ескерту бар",
		[LP_LEGEND_REFUSAL] = "қос жиек — бас тарту",
		[LP_LEGEND_REVIEW] = "⚠ «N-қосымша: код» — регламенттің осы қосымшасы оның мәтінімен сәйкес келмейді",
		[LP_REVIEW_APX] = "%u-қосымша",
		/* the handbook */
		[LP_APPROVED] = "Бекітілген: ",
		[LP_REG_TITLE] = "«%s» мемлекеттік көрсетілетін қызмет регламенті",
		[LP_STANDARD] = "Стандарт: ",
		[LP_CHECK_CLEAN] = "reglc тексеруі: сәйкессіздік табылған жоқ.",
		[LP_CHECK_FOUND] = "reglc тексеруі: ",
		[LP_FOUND_LINK] = "табылған сәйкессіздіктер",
		[LP_SOURCE] = "reglc жасаған құжат, дереккөзі: ",
		[LP_CONTENTS] = "Мазмұны",
		[LP_TOC_S1] = "1. Жалпы ережелер",
		[LP_TOC_S2] = "2. Құрылымдық бөлімшелердің іс-қимыл тәртібі",
		[LP_TOC_S3] = "3. Құрылымдық бөлімшелердің өзара іс-қимыл тәртібі",
		[LP_TOC_S4] = "4. Орталықпен және ақпараттық жүйелермен өзара іс-қимыл",
		[LP_TOC_APP1] = "1-қосымша: рәсімдердің сипаттамасы",
		[LP_TOC_APP2] = "2-қосымша: блок-схемалар",
		[LP_TOC_APP3] = "3-қосымша: бизнес-процестердің анықтамалығы",
		[LP_S1] = "Жалпы ережелер",
		[LP_PROVIDER] = "Көрсетілетін қызметті берушінің атауы: %s (бұдан әрі – "
				"көрсетілетін қызметті беруші).",
		[LP_ACCEPTS] = "Өтініштерді қабылдау және мемлекеттік көрсетілетін қызмет "
			       "нәтижелерін беру:",
		[LP_ACCEPTS_END] = " арқылы жүзеге асырылады.",
		[LP_FORM] = "Мемлекеттік қызметті көрсету нысаны: ",
		[LP_FORM_OR] = "/",
		[LP_FORM_PAPER] = "қағаз",
		[LP_FORM_ELECTRONIC] = "электронды",
		[LP_FORM_END] = " түрінде.",
		[LP_RESULT_IS] = "Мемлекеттік қызмет көрсету нәтижесі – %s.",
		[LP_FEE_FREE] = "Мемлекеттік қызмет тегін көрсетіледі.",
		[LP_FEE_PAID] = "Мемлекеттік қызмет ақылы негізде көрсетіледі: %s.",
		[LP_TERMS] = "Мемлекеттік қызмет көрсету мерзімі:",
		[LP_TERM_RESULT] = "мемлекеттік қызмет көрсету нәтижесі",
		[LP_TERM_REFUSAL] = "бас тарту",
		[LP_S2] = "Мемлекеттік қызмет көрсету процесінде көрсетілетін қызметті берушінің "
			  "құрылымдық бөлімшелерінің (қызметкерлерінің) іс-қимыл тәртібінің "
			  "сипаттамасы",
		[LP_S3] = "Мемлекеттік қызмет көрсету процесінде көрсетілетін қызметті беруші мен "
			  "құрылымдық бөлімшелердің (қызметкерлердің) өзара іс-қимыл тәртібінің "
			  "сипаттамасы",
		[LP_S4] = "Халыққа қызмет көрсету орталығымен және (немесе) өзге де "
			  "көрсетілетін қызметті берушілермен өзара іс-қимыл тәртібінің, "
			  "сондай-ақ мемлекеттік қызмет көрсету процесінде ақпараттық "
			  "жүйелерді пайдалану тәртібінің сипаттамасы",
		[LP_PARA_CONTENT] = "Мемлекеттік қызмет көрсету процесінің құрамына кіретін әрбір "
				    "рәсімнің (іс-қимылдың) мазмұны, оны орындаудың ұзақтығы:",
		[LP_AND] = " және ",
		[LP_END_RESULT] = "Рәсім аяқталады (нәтиже)",
		[LP_END_REFUSAL] = "Рәсім аяқталады (бас тарту)",
		[LP_IF_YES] = "«ИӘ» болған жағдайда",
		[LP_IF_NO] = "«ЖОҚ» болған жағдайда",
		[LP_DECIDES] = " шешім қабылдайды: ",
		[LP_DECIDED] = "шешім қабылданады: ",
		[LP_GOTO_SUB] = "[%u) тармақшаға] көшеді",
		[LP_GOTO_NEXT] = "келесі рәсімге көшеді",
		[LP_BACK_SUB] = "[%u) тармақшаға] қайта оралады",
		[LP_BACK_PREV] = "Алдыңғы рәсімге қайта оралады",
		[LP_AT_MOST] = "ең көбі %s",
		[LP_REPEATS] = "алдыңғы рәсімдер қайталанады",
		[LP_USE_ONE] = "құрылымдық бөлімшелердің (қызметкерлердің) өзара іс-қимылы осы "
			       "регламенттің [%1$u-тармағының %2$u) тармақшасына] сәйкес жүзеге "
			       "асырылады",
		[LP_USE_RANGE] = "құрылымдық бөлімшелердің (қызметкерлердің) өзара іс-қимылы осы "
				 "регламенттің [%1$u-тармағының %2$u)–%3$u) тармақшаларына] сәйкес "
				 "жүзеге асырылады",
		[LP_UNITS] = "Мемлекеттік көрсетілетін қызмет процесіне қатысатын көрсетілетін "
			     "қызметті беруші мен құрылымдық бөлімшелердің (қызметкерлердің) "
			     "тізбесі:",
		[LP_REF_APP1] = "Құрылымдық бөлімшелер (қызметкерлер) арасындағы әрбір рәсімнің "
				"(іс-қимылдың) реттілігі мен ұзақтығы көрсетілген рәсімдер "
				"(іс-қимылдар) сипаттамасы осы регламенттің 1-қосымшасында "
				"келтірілген.",
		[LP_REF_APP2] = "Әрбір іс-қимылдың (рәсімдердің) өтуіндегі әрбір рәсімнің "
				"(іс-қимылдың) ұзақтығы көрсетіле отырып, рәсімдердің "
				"(іс-қимылдардың) реттілігі сипаттамасының блок-схемасы осы "
				"регламенттің 2-қосымшасында келтірілген.",
		[LP_REF_APP3] = "Мемлекеттік қызмет көрсету процесіндегі көрсетілетін қызметті "
				"берушінің құрылымдық бөлімшелері (қызметкерлері) рәсімдерінің "
				"(іс-қимылдарының), өзара іс-қимылдары реттілігінің толық "
				"сипаттамасы, сонымен қатар өзге де көрсетілетін қызметті "
				"берушілермен және (немесе) халыққа қызмет көрсету орталықтарымен "
				"өзара іс-қимыл тәртібінің және мемлекеттік қызмет көрсету "
				"процесінде ақпараттық жүйелерді қолдану тәртібінің сипаттамасы осы "
				"регламенттің 3-қосымшасына сәйкес мемлекеттік қызмет көрсетудің "
				"бизнес-процестерінің анықтамалығында көрсетілген.",
		[LP_APP_OF] = "«%2$s» мемлекеттік көрсетілетін қызмет регламентіне %1$d-қосымша",
		[LP_APP1_TITLE] = "Құрылымдық бөлімшелер (қызметкерлер) арасындағы әрбір рәсімнің "
				  "(іс-қимылдың) реттілігі мен ұзақтығы көрсетілген рәсімдер "
				  "(іс-қимылдар) сипаттамасы",
		[LP_A1_ROW1] = "Іс-әрекеттің (барысы, жұмыстар ағыны) нөмірі",
		[LP_A1_ROW2] = "Құрылымдық бөлімшелердің атауы",
		[LP_A1_ROW3] = "Іс-әрекеттердің (үдерістің, операция, рәсімнің) атауы және олардың "
			       "сипаттамасы",
		[LP_A1_ROW4] = "Аяқталу нысаны (деректер, құжат, ұйымдастыру-өкімдік шешім)",
		[LP_A1_ROW5] = "Орындалу мерзімі",
		[LP_A1_BACK] = "→ %u-іс-әрекетке қайта оралады",
		[LP_A1_NONE] = "Бұл жолда құрылымдық бөлімшелердің рәсімдері жоқ.",
		[LP_A1_GAP] = "регламенттің 1-қосымшасында бұл іс-әрекеттің бағаны жоқ",
		[LP_A1_MERGED] = "регламенттің 1-қосымшасы бұл іс-әрекетті %u-іс-әрекетпен бір бағанда береді",
		[LP_A1_PRINTS] = "регламенттің 1-қосымшасында: ",
		[LP_A1_NO_UNIT] = "регламенттің 1-қосымшасында бөлімше көрсетілмеген",
		[LP_A1_EXTRA] = "регламенттің 1-қосымшасындағы %u-баған бұл жолдың ешбір іс-әрекетін көрсетпейді: ",
		[LP_A1_NO_PART] = "регламенттің 1-қосымшасында бұл жолға арналған кесте жоқ",
		[LP_APP2_TITLE] = "Әрбір іс-қимылдың (рәсімдердің) өтуіндегі әрбір рәсімнің "
				  "(іс-қимылдың) ұзақтығы көрсетіле отырып, рәсімдердің "
				  "(іс-қимылдардың) реттілігі сипаттамасының блок-схемасы",
		[LP_REPORT] = "reglc: мерзімдерді тексеру",
		[LP_REPORT_NOTE] = "Бұл бөлімді және келесі бөлімді reglc жасады; олар регламент "
				   "мәтінінің бөлігі емес. ",
		[LP_WORK_HOURS] = "Жұмыс уақыты: %02d:%02d–%02d:%02d",
		[LP_WORK_BREAK] = ", үзіліс %02d:%02d–%02d:%02d",
		[LP_WORKDAY_LEN] = " (1 жұмыс күні = %s). ",
		[LP_SAME_DAY] = "Құжаттар қабылданған күн мерзімге есептеледі; ",
		[LP_NEXT_DAY] = "Құжаттар қабылданған күн мерзімге есептелмейді; ",
		[LP_CLOSE_EXACT] = "мерзім жұмыс емес күні де аяқтала алады.",
		[LP_CLOSE_NEXT] = "жұмыс емес күні аяқталатын мерзім келесі жұмыс күні аяқталады.",
		[LP_CAL_YEARS] = " Күнтізбе: %d–%d жылдар",
		[LP_CAL_BUILTIN] = " (кіріктірілген).",
		[LP_INDICATOR] = "Көрсеткіш",
		[LP_VALUE] = "Мәні",
		[LP_TOTAL_WORST] = "Ең ұзақ жол бойынша жиынтық уақыт",
		[LP_TOTAL_BEST] = "Ең қысқа жол бойынша",
		[LP_TERM_ROW] = "Мерзім",
		[LP_NOT_SET] = "белгіленбеген",
		[LP_CONCLUSION] = "Қорытынды",
		[LP_SIMULATED] = " (жұмыс және күнтізбелік уақыт аралас: күнтізбе бойынша есептелді)",
		[LP_WORST_CASE] = "Ең нашар жағдай",
		[LP_ACCEPTED_AT] = "қабылданды %s",
		[LP_DUE_AT] = "; мерзімі %s",
		[LP_READY_AT] = "; дайын %s",
		[LP_ORDINARY] = " (қарапайым апта)",
		[LP_CAL_PROVISIONAL] = " %d–%d жылдар алдын ала: демалыс күндерін ауыстыру "
				       "туралы қаулы жазылмаған.",
		[LP_CAL_JUDGED] = " Күнтізбе бойынша %04d-%02d-%02d – %04d-%02d-%02d "
				  "аралығында қабылданған құжаттар тексерілді.",
		[LP_ORDINARY_CALENDAR] = " (қарапайым күнтізбе)",
		[LP_SIMULATED_MONTHS] = " (айлар: күнтізбе бойынша есептелді)",
		[LP_ELAPSED] = "Қабылдаудан бастап өткен уақыт",
		[LP_ELAPSED_RANGE] = "ең көбі %s, ең азы %s",
		[LP_CRITICAL] = "Сындарлы жол (ең ұзақ жол):",
		[LP_COL_STEP] = "Рәсім",
		[LP_COL_ACTOR] = "Орындаушы",
		[LP_COL_DUR] = "Ұзақтығы",
		[LP_COL_TIMES] = "Басталуы – аяқталуы",
		[LP_V_NO_TERM] = "мерзім белгіленбеген: жиынтық уақыт есептелді, тексерілмеді",
		[LP_V_OK] = "мерзім барлық жолда сақталады",
		[LP_V_HOLIDAYS] = "мереке күндері мерзімнен асып кетеді (ескерту)",
		[LP_V_EXCEEDS] = "мерзімнен асып кетеді (қате)",
		[LP_V_OPEN] = "жиынтық уақыт шектелмеген: ұзақтығы жазылмаған рәсім бар (ескерту)",
		[LP_V_INFINITE] = "жиынтық уақыт шексіз: шектелмеген цикл (қате)",
		[LP_NEVER] = "ешқашан",
		[LP_DAY_N] = "%d-күн, ",
		[LP_ELAPSED_DAYS] = "%lld күн ",
		[LP_ELAPSED_HM] = "%d сағ %02d мин",
		[LP_MONDAY] = "дүйсенбі",
		[LP_TUESDAY] = "сейсенбі",
		[LP_WEDNESDAY] = "сәрсенбі",
		[LP_THURSDAY] = "бейсенбі",
		[LP_FRIDAY] = "жұма",
		[LP_SATURDAY] = "сенбі",
		[LP_SUNDAY] = "жексенбі",
		[LP_FINDINGS] = "reglc: табылған сәйкессіздіктер",
		[LP_NO_FINDINGS] = "reglc ешқандай сәйкессіздік тапқан жоқ.",
		[LP_ERROR] = "Қате",
		[LP_WARNING] = "Ескерту",
		[LP_ABOUT_REG] = "регламент",
		[LP_SUBREF] = "%1$u-тармақтың %2$u) тармақшасы",
		[LP_HINT] = "кеңес: ",
	},
};
