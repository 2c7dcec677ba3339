# messages.ru — Russian messages of reglc (reglc --messages ru).
#
# Each `msgid` is a format string exactly as written in the C source
# (escapes included); its `msgstr` is the translation, with the same printf
# conversions (%s, %zu, ...) in the same order.  Words in backticks are the
# language's keywords and stay as they are.  Terms follow GLOSSARY.md:
# процедура (step), участник (actor), маршрут (route), срок (term,
# duration), рабочий / календарный день.  tests/messages/check.js keeps
# this file complete; the Makefile compiles it into reglc.

msgid "cannot read a duration in what %s states: %s"
msgstr "не удаётся прочитать срок в утверждении %s: %s"

msgid "%s states \"%s\" (%s), but the step %s"
msgstr "%s гласит \"%s\" (%s), но процедура %s"

msgid "has no duration"
msgstr "не имеет срока"

msgid "is automatic"
msgstr "автоматическая"

msgid "a different kind of time"
msgstr "другой вид времени"

msgid "both bounds differ"
msgstr "обе границы различаются"

msgid "the upper bound differs"
msgstr "верхняя граница различается"

msgid "the lower bound differs"
msgstr "нижняя граница различается"

msgid "%s states \"%s\" (%s), but the step takes %s: %s"
msgstr "%s гласит \"%s\" (%s), но процедура занимает %s: %s"

msgid "the step's duration is %s"
msgstr "срок процедуры: %s"

msgid "the step"
msgstr "процедура"

msgid "the step is reused here"
msgstr "процедура повторно используется здесь"

msgid "%s agrees with the step: \"%s\""
msgstr "%s согласуется с процедурой: \"%s\""

msgid "actor `%s` is declared but no step uses it"
msgstr "участник `%s` объявлен, но ни одна процедура его не использует"

msgid "remove the declaration, or give the actor its steps"
msgstr "удалите объявление или назначьте участнику процедуры"

msgid "reglc: %zu more diagnostics not shown (--max-errors %zu)\n"
msgstr "reglc: ещё сообщений не показано: %zu (--max-errors %zu)\n"

msgid "%zu error, %zu warning\n"
msgstr "ошибок: %zu, предупреждений: %zu\n"

msgid "%zu error, %zu warnings\n"
msgstr "ошибок: %zu, предупреждений: %zu\n"

msgid "%zu errors, %zu warning\n"
msgstr "ошибок: %zu, предупреждений: %zu\n"

msgid "%zu errors, %zu warnings\n"
msgstr "ошибок: %zu, предупреждений: %zu\n"

msgid "syntax error"
msgstr "синтаксическая ошибка"

msgid "invalid UTF-8"
msgstr "недопустимый UTF-8"

msgid "control character in the text"
msgstr "управляющий символ в тексте"

msgid "unterminated string"
msgstr "незакрытая строка"

msgid "unknown escape sequence"
msgstr "неизвестная экранирующая последовательность"

msgid "missing `regulation ID` header"
msgstr "нет заголовка `regulation ID`"

msgid "invalid regulation id"
msgstr "недопустимый идентификатор регламента"

msgid "unknown or invalid metadata field"
msgstr "неизвестное или недопустимое поле метаданных"

msgid "metadata field given twice"
msgstr "поле метаданных задано дважды"

msgid "undefined actor"
msgstr "неопределённый участник"

msgid "duplicate actor"
msgstr "повторный участник"

msgid "unknown actor kind"
msgstr "неизвестный вид участника"

msgid "undefined route"
msgstr "неопределённый маршрут"

msgid "duplicate route"
msgstr "повторный маршрут"

msgid "undefined label"
msgstr "неопределённая метка"

msgid "duplicate label"
msgstr "повторная метка"

msgid "unknown outcome"
msgstr "неизвестный исход"

msgid "invalid reuse range"
msgstr "недопустимый диапазон повторного использования"

msgid "reuse refers back to itself"
msgstr "повторное использование ссылается само на себя"

msgid "term given twice"
msgstr "срок задан дважды"

msgid "decision without both branches"
msgstr "решение без обеих ветвей"

msgid "branch neither rejoins nor ends"
msgstr "ветвь не сходится и не завершается"

msgid "unreachable step"
msgstr "недостижимая процедура"

msgid "route without an end"
msgstr "маршрут без конца"

msgid "unbounded loop"
msgstr "неограниченный цикл"

msgid "invalid duration"
msgstr "недопустимый срок"

msgid "statement disagrees with the model"
msgstr "утверждение текста расходится с моделью"

msgid "actor declared and never used"
msgstr "участник объявлен, но не используется"

msgid "text missing in language"
msgstr "нет текста на языке"

msgid "a path exceeds the term"
msgstr "путь превышает срок"

msgid "a path exceeds the term around holidays"
msgstr "путь превышает срок в период праздников"

msgid "a step without a duration"
msgstr "процедура без срока"

msgid "%s has no %s form: the Kazakh text is used in the %s output"
msgstr "у %s нет формы на языке %s: в выводе %s используется казахский текст"

msgid "Russian"
msgstr "русском"

msgid "add the translation after the text: \"...\" %s \"...\""
msgstr "добавьте перевод после текста: \"...\" %s \"...\""

msgid "blocks nested deeper than %d levels"
msgstr "блоки вложены глубже %d уровней"

msgid "cannot start the scanner"
msgstr "не удаётся запустить сканер"

msgid "did you mean `%s`?"
msgstr "может быть, имелось в виду `%s`?"

msgid "unknown outcome `%s`; an end is `result` or `refusal`"
msgstr "неизвестный исход `%s`; конец — `result` или `refusal`"

msgid "unknown unit `%s`"
msgstr "неизвестная единица `%s`"

msgid "say which day: `wd` (working day) or `cd` (calendar day)"
msgstr "укажите, какой день: `wd` (рабочий день) или `cd` (календарный день)"

msgid "the units are min, h, wd (working day), cd (calendar day), wk (week) and mo (month)"
msgstr "единицы: `min`, `h`, `wd` (рабочий день), `cd` (календарный день), `wk` (неделя) и `mo` (месяц)"

msgid "duration too large (the limit is %lld of a unit)"
msgstr "слишком большой срок (предел — %lld единиц)"

msgid "a duration mixes working time and calendar days"
msgstr "в сроке смешаны рабочее время и календарные дни"

msgid "working time (min, h, wd) and calendar time (cd, wk, mo) are different kinds; write them as separate steps"
msgstr "рабочее время (`min`, `h`, `wd`) и календарное время (`cd`, `wk`, `mo`) — разные виды; запишите их отдельными процедурами"

msgid "duration too large"
msgstr "слишком большой срок"

msgid "the two ends of a range are of different kinds"
msgstr "два конца диапазона разного вида"

msgid "write both ends in working time or both in calendar days"
msgstr "запишите оба конца в рабочем времени или оба в календарных днях"

msgid "the range ends below its start (%s .. %s)"
msgstr "диапазон кончается ниже начала (%s .. %s)"

msgid "a duration of zero"
msgstr "нулевой срок"

msgid "a step that takes no time is `automatic`"
msgstr "процедура, не занимающая времени, — `automatic`"

msgid "a term cannot be `automatic`"
msgstr "срок не может быть `automatic`"

msgid "the term for `%s` is given twice"
msgstr "срок для `%s` задан дважды"

msgid "first given here"
msgstr "впервые задан здесь"

msgid "`%s` is `%s` or `%s`"
msgstr "`%s` — это `%s` или `%s`"

msgid "`%s` takes a quoted text"
msgstr "`%s` принимает текст в кавычках"

msgid "`%s` takes one text"
msgstr "`%s` принимает один текст"

msgid "`form` is `paper`, `electronic`, or both"
msgstr "`form` — это `paper`, `electronic` или оба"

msgid "`fee` is `free` or a quoted text"
msgstr "`fee` — это `free` или текст в кавычках"

msgid "`workday` is a length of time, e.g. `8 h`"
msgstr "`workday` — это продолжительность, например `8 h`"

msgid "`workday` must be between 1 h and 24 h of working time"
msgstr "`workday` должен быть от 1 до 24 часов рабочего времени"

msgid "`%s` is a time span like \"%s\"%s"
msgstr "`%s` — это промежуток времени вида \"%s\"%s"

msgid "the break is not inside the working hours (a break at their start or end is shorter hours: write those instead)"
msgstr "перерыв не внутри рабочего времени (перерыв в начале или в конце — это более короткое рабочее время: укажите его)"

msgid "`%s` must end by 23:59: a working day closes on the day it opens"
msgstr "`%s` должно заканчиваться не позднее 23:59: рабочий день закрывается в тот же день, что и начинается"

msgid "`workday` says %lld minutes, but the default working hours (09:00-18:00, break 13:00-14:00) give %lld: write `hours` and `break` to match"
msgstr "`workday` указывает %lld минут, но рабочее время по умолчанию (09:00-18:00, перерыв 13:00-14:00) даёт %lld: укажите соответствующие `hours` и `break`"

msgid "the working hours give a %lld-minute day, but `workday` says %lld"
msgstr "рабочие часы дают день в %lld минут, но `workday` говорит %lld"

msgid "unknown field `%s`"
msgstr "неизвестное поле `%s`"

msgid "`%s` is given twice"
msgstr "`%s` задано дважды"

msgid "label `%s` is used twice in route `%s`"
msgstr "метка `%s` использована дважды в маршруте `%s`"

msgid "first used here"
msgstr "впервые использована здесь"

msgid "actor `%s` is declared twice"
msgstr "участник `%s` объявлен дважды"

msgid "first declared here"
msgstr "впервые объявлен здесь"

msgid "unknown actor kind `%s`; it is `applicant`, `staff` or `system`"
msgstr "неизвестный вид участника `%s`; это `applicant`, `staff` или `system`"

msgid "route `%s` is defined twice"
msgstr "маршрут `%s` определён дважды"

msgid "first defined here"
msgstr "впервые определён здесь"

msgid "undefined actor `%s`"
msgstr "неопределённый участник `%s`"

msgid "declare it: actor %s staff \"...\""
msgstr "объявите его: `actor %s staff \"...\"`"

msgid "a statement after a step is about that step; name a step only after `use`"
msgstr "утверждение после процедуры относится к ней; называйте процедуру только после `use`"

msgid "undefined route `%s`"
msgstr "неопределённый маршрут `%s`"

msgid "route `%s` has no step labelled `%s`"
msgstr "в маршруте `%s` нет процедуры с меткой `%s`"

msgid "this reuse takes in itself: the steps it names include this `use`"
msgstr "это повторное использование включает само себя: названные процедуры содержат этот `use`"

msgid "through this `use`"
msgstr "через этот `use`"

msgid "`%s` and `%s` are not in the same sequence of steps"
msgstr "`%s` и `%s` не в одной последовательности процедур"

msgid "a reused run is consecutive steps of one route, outside any decision"
msgstr "повторно используемый участок — это идущие подряд процедуры одного маршрута вне любого решения"

msgid "`%s` comes after `%s`: the range is reversed"
msgstr "`%s` идёт после `%s`: диапазон перевёрнут"

msgid "the reused run crosses %s"
msgstr "повторно используемый участок пересекает %s"

msgid "here"
msgstr "здесь"

msgid "this `use` takes %zu steps: say which one the statement is about (`stated LABEL \"where\" \"phrase\"`)"
msgstr "этот `use` берёт процедур: %zu; укажите, о какой из них утверждение (`stated LABEL \"where\" \"phrase\"`)"

msgid "no step labelled `%s` in the reused run"
msgstr "в повторно используемом участке нет процедуры с меткой `%s`"

msgid "a second `%s` branch"
msgstr "вторая ветвь `%s`"

msgid "the first one"
msgstr "первая"

msgid "a decision without branches decides nothing"
msgstr "решение без ветвей ничего не решает"

msgid "give it a `yes { ... }` or a `no { ... }` branch; the other one continues after the decision"
msgstr "дайте ему ветвь `yes { ... }` или `no { ... }`; другая продолжается после решения"

msgid "a loop bound must be between 1 and 1000000"
msgstr "граница цикла должна быть от 1 до 1000000"

msgid "route `%s` has no item labelled `%s`"
msgstr "в маршруте `%s` нет элемента с меткой `%s`"

msgid "this %s can never be reached"
msgstr "%s никогда не достигается"

msgid "nothing leads here: the items before it end the path or jump elsewhere"
msgstr "сюда ничто не ведёт: элементы перед ним завершают путь или переходят в другое место"

msgid "the `%s` branch neither rejoins nor ends: the route stops after it without an `end`"
msgstr "ветвь `%s` не сходится и не завершается: маршрут обрывается после неё без `end`"

msgid "the branch left out of this decision continues after it, but the route stops there without an `end`"
msgstr "ветвь, пропущенная в этом решении, продолжается после него, но маршрут там обрывается без `end`"

msgid "end the branch with `end result` or `end refusal`, or add the steps that follow the decision"
msgstr "завершите ветвь `end result` или `end refusal` либо добавьте процедуры после решения"

msgid "finish the route with `end result` (or `end refusal`)"
msgstr "завершите маршрут `end result` (или `end refusal`)"

msgid "this loop has no bound: the total time of the route is infinite"
msgstr "у этого цикла нет границы: общее время маршрута бесконечно"

msgid "bound it: `goto LABEL max N`, where N is the most times the jump can be taken"
msgstr "ограничьте его: `goto LABEL max N`, где `N` — наибольшее число переходов"

msgid "the file does not begin with `regulation ID`"
msgstr "файл не начинается с `regulation ID`"

msgid "start the file with a line like `regulation duplicates`"
msgstr "начните файл со строки вида `regulation duplicates`"

msgid "the regulation id `%s` is not a file name of [a-z0-9_-]"
msgstr "идентификатор регламента `%s` — не имя файла из `[a-z0-9_-]`"

msgid "use lower-case Latin letters, digits, `_` and `-`"
msgstr "используйте строчные латинские буквы, цифры, `_` и `-`"

msgid "control character U+%04X in the text"
msgstr "управляющий символ U+%04X в тексте"

msgid "NUL byte in the text; is this a binary file?"
msgstr "байт NUL в тексте; это двоичный файл?"

msgid "... and %zu more steps on this path"
msgstr "... и ещё процедур на этом пути: %zu"

msgid "critical path, step %zu (%s, %s): %s -> %s"
msgstr "критический путь, процедура %zu (%s, %s): %s -> %s"

msgid "critical path, step %zu (%s, %s)"
msgstr "критический путь, процедура %zu (%s, %s)"

msgid "route `%s`: the %s can take %s, more than its term of %s (by %s)"
msgstr "маршрут `%s`: %s может занять %s, больше срока %s (на %s)"

msgid "route `%s`: the %s can take %s, more than the %s its term of %s leaves once the day of acceptance is counted (by %s)"
msgstr "маршрут `%s`: %s может занять %s, больше чем %s, которые оставляет срок %s, если день приёма засчитывается (на %s)"

msgid "on an ordinary week"
msgstr "в обычную неделю"

msgid "around public holidays"
msgstr "в период праздников"

msgid "route `%s`: %s the %s can be late: accepted %s, due %s, ready %s (%s after acceptance; total %s, term %s)"
msgstr "маршрут `%s`: %s %s может опоздать: принято %s, срок %s, готово %s (%s после приёма; всего %s, срок %s)"

msgid "a working day by transfer"
msgstr "рабочий день по переносу"

msgid "a public holiday"
msgstr "праздничный день"

msgid "a day off moved from a holiday"
msgstr "выходной, перенесённый с праздника"

msgid "a day off by transfer"
msgstr "выходной по переносу"

msgid "the term is stated here"
msgstr "срок указан здесь"

msgid "this step has no duration: the total time of every path through it is open-ended, and those paths are not checked against the term"
msgstr "у этой процедуры нет срока: общее время каждого пути через неё не ограничено, и эти пути не сверяются со сроком"

msgid "write its duration (`<= 15 min`, `within 1 wd`), or `automatic` for an information system"
msgstr "укажите её срок (`<= 15 min`, `within 1 wd`) или `automatic` для информационной системы"

msgid "unexpected character `%s` outside a string"
msgstr "неожиданный символ `%s` вне строки"

msgid "strings are written in straight double quotes: \"...\""
msgstr "строки пишутся в прямых двойных кавычках: \"...\""

msgid "unexpected character `%s`"
msgstr "неожиданный символ `%s`"

msgid "a string ends with `\"` on the same line"
msgstr "строка заканчивается символом `\"` на той же строке"

msgid "unknown escape sequence `\\%.*s` in a string"
msgstr "неизвестная экранирующая последовательность `\\%.*s` в строке"

msgid "only \\\" and \\\\ are escapes; write \\\\ for a backslash"
msgstr "экранирующие последовательности — только `\\\"` и `\\\\`; обратную косую черту пишите как `\\\\`"

msgid "unexpected end of file; expected `}`"
msgstr "неожиданный конец файла; ожидалась `}`"

msgid "unexpected %s; expected %s"
msgstr "неожиданно: %s; ожидалось: %s"

msgid "unexpected %s"
msgstr "неожиданно: %s"

msgid "the `{` opened here is not closed"
msgstr "открытая здесь `{` не закрыта"

msgid "a duration is a number and a unit on the same line: `15 min`, `1 wd`, `28 cd`"
msgstr "срок — это число и единица на одной строке: `15 min`, `1 wd`, `28 cd`"

msgid "the parser gave up here: %s (the file nests too deeply)"
msgstr "разборщик сдался здесь: %s (слишком глубокая вложенность)"

msgid "more than %d routes in one file (docs/limits.md)"
msgstr "больше %d маршрутов в одном файле (docs/limits.md)"

msgid "route `%s` has more than %d steps, decisions and other items (docs/limits.md)"
msgstr "в маршруте `%s` больше %d процедур, решений и других элементов (docs/limits.md)"

msgid "this reuse makes the route longer than %d steps (docs/limits.md)"
msgstr "это повторное использование делает маршрут длиннее %d процедур (docs/limits.md)"

# The phrase parser's reasons (src/phrase.c), quoted after "cannot read a
# duration in what ... states:".

msgid "invalid UTF-8 at byte %zu"
msgstr "недопустимый UTF-8 в байте %zu"

msgid "unexpected '%c' inside the phrase"
msgstr "неожиданный '%c' внутри фразы"

msgid "control character at byte %zu"
msgstr "управляющий символ в байте %zu"

msgid "unexpected character '%.*s'"
msgstr "неожиданный символ '%.*s'"

msgid "phrase too long"
msgstr "фраза слишком длинная"

msgid "unknown word near '%s'"
msgstr "неизвестное слово около '%s'"

msgid "%s at the end"
msgstr "%s в конце"

msgid "%s near a long number"
msgstr "%s около длинного числа"

msgid "%s near '%.*s'"
msgstr "%s около '%.*s'"

msgid "misplaced number word"
msgstr "числительное не на своём месте"

msgid "'working'/'calendar' without a day word"
msgstr "'рабочих'/'календарных' без слова 'день'"

msgid "a day must be a working or a calendar day"
msgstr "день должен быть рабочим или календарным"

msgid "no number"
msgstr "нет числа"

msgid "no upper bound"
msgstr "нет верхней границы"

msgid "unexpected word"
msgstr "неожиданное слово"

msgid "phrase mixes Kazakh and Russian words"
msgstr "во фразе смешаны казахские и русские слова"

msgid "'%s' takes one number, not a range"
msgstr "'%s' принимает одно число, а не диапазон"

msgid "'от' without 'до'"
msgstr "'от' без 'до'"

msgid "'%s' needs the unit in the ablative (минуттан, күннен)"
msgstr "'%s' требует единицу в исходном падеже (минуттан, күннен)"

msgid "'ішінде' needs the unit in the nominative (минут, күн)"
msgstr "'ішінде' требует единицу в именительном падеже (минут, күн)"

msgid "'дейін' needs the lower bound in the ablative and the upper in the dative (күннен – күнге)"
msgstr "'дейін' требует нижнюю границу в исходном падеже, верхнюю в дательном (күннен – күнге)"

msgid "the cases of the range's ends do not fit (write 'N-M күн' or 'N күннен – M күнге')"
msgstr "падежи концов диапазона не согласуются (пишите 'N-M күн' или 'N күннен – M күнге')"

msgid "'%.*s' needs a marker after it (аспайды, дейін)"
msgstr "после '%.*s' нужен показатель (аспайды, дейін)"

msgid "no unit after the upper bound"
msgstr "нет единицы после верхней границы"

msgid "no unit"
msgstr "нет единицы"

msgid "number too large"
msgstr "число слишком большое"

msgid "range mixes calendar and working time"
msgstr "в диапазоне смешаны календарное и рабочее время"

msgid "upper bound below lower bound"
msgstr "верхняя граница ниже нижней"

msgid "no place for the result"
msgstr "нет места для результата"

msgid "empty phrase"
msgstr "пустая фраза"

# Fragments inserted into the messages above.

msgid "a decision"
msgstr "решение"

msgid "an end"
msgstr "конец (end)"

msgid "a `goto`"
msgstr "`goto`"

msgid "a term"
msgstr "срок"

msgid "step"
msgstr "эта процедура"

msgid "item"
msgstr "этот элемент"

msgid "route `%s`: its loops make too many paths to check every one"
msgstr "маршрут `%s`: из-за его циклов путей слишком много, чтобы проверить каждый"

msgid "lower the bounds of `goto LABEL max N`, or take fewer decisions inside the loops"
msgstr "уменьшите границы `goto LABEL max N` или сократите решения внутри циклов"

msgid "what %s states is kept unchecked: %s"
msgstr "утверждение %s оставлено без проверки: %s"

msgid "what %s states disagrees with itself: %s"
msgstr "утверждение %s противоречит самому себе: %s"

msgid "correct the figure or the words to what the act says; if the act itself prints them so, report it to its author"
msgstr "исправьте цифру или пропись так, как в акте; если так напечатано в самом акте, сообщите его разработчику"

msgid "a statement that is not read is not checked; if the act words it so, keep it with `unchecked \"why\"` after the phrase"
msgstr "непрочитанное утверждение не проверяется; если в акте так написано, оставьте его с `unchecked \"причина\"` после фразы"

msgid "%s states \"%s\" (%s), but the term is %s: %s"
msgstr "%s гласит \"%s\" (%s), но срок составляет %s: %s"

msgid "the term is %s"
msgstr "срок: %s"

msgid "statement cannot be read"
msgstr "утверждение текста не удаётся прочитать"

msgid "a phrase's figure and words disagree"
msgstr "цифра и пропись во фразе не совпадают"

msgid "statement kept unchecked"
msgstr "утверждение оставлено без проверки"

msgid "the figure is a long number but the words say %lld"
msgstr "цифра слишком длинная, а прописью написано %lld"

msgid "the figure says %lld but the words say %lld"
msgstr "цифрой написано %lld, а прописью %lld"

msgid "no unit after the number"
msgstr "нет единицы после числа"

msgid "the parts of a compound duration go from the larger unit to the smaller, of one kind of time"
msgstr "части составного срока идут от большей единицы к меньшей и относятся к одному виду времени"

msgid "'чем' without 'не более' or 'не позднее'"
msgstr "'чем' без 'не более' или 'не позднее'"

msgid "a statement after a term is about the term; name a step only after `use`"
msgstr "утверждение после срока относится к сроку; называйте процедуру только после `use`"

msgid "the ends of a range in months and days cannot be ordered without a calendar"
msgstr "концы диапазона в месяцах и днях нельзя сравнить без календаря"

msgid "a month has 28 to 31 days; write both ends in months, or both in days"
msgstr "в месяце от 28 до 31 дня; запишите оба конца в месяцах или оба в днях"

msgid "the period of force reaches %s, outside the years the calendar knows (%s)"
msgstr "период действия доходит до %s года, за пределы лет, известных календарю (%s)"

msgid "add the year to the calendar (`data/kz.cal`, or `--calendar FILE`), or state a period within its years"
msgstr "добавьте год в календарь (`data/kz.cal` или `--calendar FILE`) или укажите период в пределах его лет"

msgid "route `%s`: documents accepted on %s, within the period of force, are worked on or due in %s, outside the years the calendar knows (%s)"
msgstr "маршрут `%s`: по документам, принятым %s в период действия, работа или срок приходятся на %s год, за пределами лет, известных календарю (%s)"

msgid "the timing is judged on %s, provisional in the calendar (no transfer order recorded): the verdicts may change when the Government publishes one"
msgstr "сроки проверяются на %s, предварительном в календаре (постановление о переносе выходных не записано): выводы могут измениться, когда Правительство его опубликует"

msgid "when the Government publishes the year's transfer order, add it to the calendar and take the year off its `provisional` line"
msgstr "когда Правительство опубликует постановление о переносе выходных дней года, добавьте его в календарь и уберите год из строки `provisional`"

msgid "route `%s`: the schedule for documents submitted on %s reaches %s, outside the years the calendar knows (%s)"
msgstr "маршрут `%s`: график для документов, поданных %s, доходит до %s года, за пределы лет, известных календарю (%s)"

msgid "add the year to the calendar (`data/kz.cal`, or `--calendar FILE`)"
msgstr "добавьте год в календарь (`data/kz.cal` или `--calendar FILE`)"

msgid "route `%s`: the schedule runs in %s, provisional in the calendar (no transfer order recorded): it may change when the Government publishes one"
msgstr "маршрут `%s`: график проходит по %s, предварительному в календаре (постановление о переносе выходных не записано): он может измениться, когда Правительство его опубликует"

msgid "`in-force` is a period of dates: its first day, `..`, and its last day"
msgstr "`in-force` — период дат: первый день, `..` и последний день"

msgid "e.g. `in-force: 2014-10-24 .. 2014-11-13`, or `in-force: 2015-01-01 ..` while it is in force"
msgstr "например `in-force: 2014-10-24 .. 2014-11-13` или, пока действует, `in-force: 2015-01-01 ..`"

msgid "`%s` is not a date"
msgstr "`%s` — не дата"

msgid "the period of force ends (%s) before it begins (%s)"
msgstr "период действия заканчивается (%s) раньше, чем начинается (%s)"

msgid "timing reaches outside the calendar's years"
msgstr "расчёт сроков выходит за годы календаря"

msgid "timing reaches a provisional year of the calendar"
msgstr "расчёт сроков доходит до предварительного года календаря"

# Durations, moments and outcomes in the message language (issue 14);
# the parser's words for what it found and expected.

msgid "invalid UTF-8 (%zu byte); the file must be saved as UTF-8"
msgstr "недопустимый UTF-8 (байт: %zu); файл должен быть сохранён в UTF-8"

msgid "invalid UTF-8 (%zu bytes); the file must be saved as UTF-8"
msgstr "недопустимый UTF-8 (байт: %zu); файл должен быть сохранён в UTF-8"

msgid "route `%s` has no end: the path runs past its last item"
msgstr "у маршрута `%s` нет конца: путь идёт дальше его последнего элемента"

msgid "route `%s` is empty: it has no steps and no end"
msgstr "маршрут `%s` пуст: в нём нет ни процедур, ни конца"

msgid "result"
msgstr "результат"

msgid "refusal"
msgstr "отказ"

msgid "%s is a public holiday: %s"
msgstr "%s — праздничный день: «%s»"

msgid "%s is %s%s"
msgstr "%s — %s%s"

msgid "reglc: error: '%s' has errors in structure; no timing report\n"
msgstr "reglc: error: в структуре '%s' есть ошибки; отчёта о сроках нет\n"

msgid "reglc: error: no path of route '%s' ends in a result\n"
msgstr "reglc: error: ни один путь маршрута '%s' не заканчивается результатом\n"

msgid "reglc: error: no path of route '%s' ends in a refusal\n"
msgstr "reglc: error: ни один путь маршрута '%s' не заканчивается отказом\n"

msgid "reglc: error: route '%s': its loops make too many paths to check every one\n"
msgstr "reglc: error: маршрут '%s': из-за его циклов путей слишком много, чтобы проверить каждый\n"

msgid "end of file"
msgstr "конец файла"

msgid "an invalid token"
msgstr "недопустимая лексема"

msgid "name `%.*s`"
msgstr "имя `%.*s`"

msgid "unit `%.*s`"
msgstr "единица `%.*s`"

msgid "number `%.*s`"
msgstr "число `%.*s`"

msgid "string %.*s"
msgstr "строка %.*s"

msgid "a name"
msgstr "имя"

msgid "a string"
msgstr "строка"

msgid "a number"
msgstr "число"

msgid "a unit (min, h, wd, cd)"
msgstr "единица (`min`, `h`, `wd`, `cd`)"

msgid "%s or %s"
msgstr "%s или %s"

msgid "%s, %s or %s"
msgstr "%s, %s или %s"

msgid "%s, %s, %s or %s"
msgstr "%s, %s, %s или %s"

msgid "%s, %s, %s, %s or %s"
msgstr "%s, %s, %s, %s или %s"

msgid "%s, %s, %s, %s, %s or %s"
msgstr "%s, %s, %s, %s, %s или %s"

msgid "date `%.*s`"
msgstr "дата `%.*s`"

# the legal text (anchor.c)

msgid "the legal text cannot be read"
msgstr "текст акта не удаётся прочитать"

msgid "a quote is not in the legal text"
msgstr "цитаты нет в тексте акта"

msgid "a duration of the legal text is not quoted"
msgstr "срок из текста акта не процитирован"

msgid "`%s` takes no line range (only `source` does)"
msgstr "`%s` не принимает диапазон строк (его принимает только `source`)"

msgid "`source` is the path of the legal text and the lines of the regulation in it: \"resolution-700.txt\" 182..333"
msgstr "`source` — путь к тексту акта и строки регламента в нём: \"resolution-700.txt\" 182..333"

msgid "the lines of `source` are `FIRST..LAST`, counted from 1, `FIRST` not after `LAST`"
msgstr "строки `source` задаются как `FIRST..LAST`, считая с 1, и `FIRST` не больше `LAST`"

msgid "this quote does not occur in %s of the legal text (%s:%s)"
msgstr "этой цитаты нет в %s текста акта (%s:%s)"

msgid "this quote does not occur in the regulation's lines of the legal text (%s:%s)"
msgstr "этой цитаты нет в строках регламента в тексте акта (%s:%s)"

msgid "it occurs here, outside what %s names"
msgstr "она встречается здесь, вне того, что называет %s"

msgid "the closest text there: \"%.*s\""
msgstr "ближайший текст там: \"%.*s\""

msgid "a quote is copied from the legal text byte for byte, letter-spacing and damage included"
msgstr "цитата копируется из текста акта побайтно, вместе с разрядкой и повреждениями"

msgid "the text states a duration here that the model quotes only in part"
msgstr "текст здесь указывает срок, который модель цитирует лишь частично"

msgid "quoted here"
msgstr "процитировано здесь"

msgid "the text states a duration here that the model does not quote"
msgstr "текст здесь указывает срок, который модель не цитирует"

msgid "quote it under its step: `stated \"%s\" \"%.*s\"`"
msgstr "процитируйте его под его процедурой: `stated \"%s\" \"%.*s\"`"

msgid "cannot read the legal text '%s': %s"
msgstr "не удаётся прочитать текст акта '%s': %s"

msgid "the legal text '%s' is not valid UTF-8 (line %u)"
msgstr "текст акта '%s' — недопустимый UTF-8 (строка %u)"

msgid "the legal text '%s' has %u lines, fewer than `source` names"
msgstr "в тексте акта '%s' строк: %u, меньше, чем называет `source`"

msgid "the lines `source` names hold more than %zu bytes (docs/limits.md)"
msgstr "строки, которые называет `source`, содержат больше %zu байт (docs/limits.md)"

msgid "no such file"
msgstr "такого файла нет"

msgid "permission denied"
msgstr "нет доступа"

msgid "it is a folder"
msgstr "это папка"

msgid "it cannot be read"
msgstr "его не удаётся прочитать"

msgid "%s %u prints no %s, but the body has `%s` do the step"
msgstr "%s %u не указывает %s, а в тексте процедуру выполняет `%s`"

msgid "%s %u prints «%s», which is `%s`, but the body has `%s` do the step"
msgstr "%s %u указывает «%s», это `%s`, а в тексте процедуру выполняет `%s`"

msgid "%s %u prints «%s», which names no actor (the body has `%s` do the step)"
msgstr "%s %u указывает «%s», что не называет ни одного участника (в тексте процедуру выполняет `%s`)"

msgid "%s %u shows %zu steps in one"
msgstr "%s %u показывает %zu процедуры в одной"

msgid "%s %u shows a step the body has before the one %s %u shows"
msgstr "%s %u показывает процедуру, которая в тексте стоит раньше той, что показывает %s %u"

msgid "%s %u shows no step of route `%s`"
msgstr "%s %u не показывает ни одной процедуры маршрута `%s`"

msgid "%s hands on to `%s` («%s»), but the next step is `%s`'s"
msgstr "%s передаёт `%s` («%s»), а следующая процедура — `%s`"

msgid "%s has no part for route `%s`"
msgstr "в %s нет части для маршрута `%s`"

msgid "%s is silent"
msgstr "%s не указывает срока"

msgid "%s lists «%s», which names no actor"
msgstr "%s перечисляет «%s», что не называет ни одного участника"

msgid "%s of %s %u: the appendix says «%.*s», which the body does not say of the step"
msgstr "%s (%s %u): в приложении «%.*s», чего текст о процедуре не говорит"

msgid "%s of %s %u: the appendix says «%.*s» where the body says «%.*s»"
msgstr "%s (%s %u): в приложении «%.*s», а в тексте «%.*s»"

msgid "%s of %s %u: the appendix leaves out «%s», which the body says of the step"
msgstr "%s (%s %u): в приложении пропущено «%s», что текст говорит о процедуре"

msgid "it also says «%.*s» where the body says «%.*s»"
msgstr "также в приложении «%.*s», а в тексте «%.*s»"

msgid "it leaves out «%s», which the body says"
msgstr "пропущено «%s», что есть в тексте"

msgid "%s states \"%s\" for the step, but %s states no duration for it"
msgstr "%s указывает для процедуры \"%s\", но %s срока для неё не указывает"

msgid "%s, part `%s`, does not show the step «%s» (`%s`)"
msgstr "%s, часть `%s`, не показывает процедуру «%s» (`%s`)"

msgid "Appendix %llu has a second part for route `%s`"
msgstr "в приложении %llu вторая часть для маршрута `%s`"

msgid "Appendix 2 is a drawing: reglc draws it from the model"
msgstr "приложение 2 — чертёж: `reglc` рисует его по модели"

msgid "`%s` («%s») does steps, but %s does not list it"
msgstr "`%s` («%s») выполняет процедуры, но %s его не перечисляет"

msgid "a hand-off to another actor than the next step's"
msgstr "передача другому участнику, чем в следующей процедуре"

msgid "a listed participant that is no actor"
msgstr "участник из перечня, не являющийся участником модели"

msgid "a route the appendix has no part for"
msgstr "маршрут, для которого в приложении нет части"

msgid "a step the appendix does not show"
msgstr "процедура, которой нет в приложении"

msgid "a stray mark in a box"
msgstr "лишняя отметка в блоке"

msgid "an actor who acts and is not listed"
msgstr "участник, который выполняет процедуры, но не перечислен"

msgid "an appendix column or box that shows no step"
msgstr "графа или блок приложения, не показывающие процедуры"

msgid "an appendix reglc does not know, or a part given twice"
msgstr "приложение, неизвестное reglc, или часть, данная дважды"

msgid "box"
msgstr "блок"

msgid "column"
msgstr "графа"

msgid "columns numbered out of sequence"
msgstr "графы пронумерованы не по порядку"

msgid "did you mean «%s» (`%s`)?"
msgstr "вы имели в виду «%s» (`%s`)?"

msgid "lane"
msgstr "дорожку"

msgid "reglc reads Appendix 1 (the step table) and Appendix 3 (the handbook) as printed, not Appendix %llu"
msgstr "`reglc` читает в напечатанном виде приложение 1 (таблицу процедур) и приложение 3 (справочник), а не приложение %llu"

msgid "steps in another order in the appendix"
msgstr "процедуры в приложении в другом порядке"

msgid "the action"
msgstr "действие"

msgid "the actor"
msgstr "участник"

msgid "the appendix names another unit, or none"
msgstr "приложение называет другое подразделение или никакое"

msgid "the body is silent where another place states a duration"
msgstr "текст не указывает срока, а другое место указывает"

msgid "the column"
msgstr "графа"

msgid "the completion"
msgstr "форма завершения"

msgid "the decision in the body"
msgstr "решение в тексте"

msgid "the question"
msgstr "вопрос"

msgid "the route"
msgstr "маршрут"

msgid "the step in the body"
msgstr "процедура в тексте"

msgid "two steps in one column or box"
msgstr "две процедуры в одной графе или блоке"

msgid "unit"
msgstr "подразделение"

msgid "wording differs between the body and an appendix"
msgstr "формулировки текста и приложения различаются"

msgid "column %u is not numbered"
msgstr "графа %u не пронумерована"

msgid "column %u is numbered «%s»: the columns are not numbered in sequence"
msgstr "графа %u пронумерована «%s»: графы пронумерованы не по порядку"

msgid "box %u prints the mark «%s», which is not a branch's answer"
msgstr "в блоке %u отметка «%s», которая не является ответом ветви"

msgid "box %u prints the mark «%s», but it shows no decision"
msgstr "в блоке %u отметка «%s», но он не показывает решения"

# reglc import-table (src/import_table.c, docs/import-table.md)
msgid "row %d outside a table (a table starts with row 1): not imported"
msgstr "строка %d вне таблицы (таблица начинается со строки 1): не импортирована"

msgid "the table has no row %d after row %d: a table of Appendix 1 has five rows (number, unit, action, completion, term)"
msgstr "в таблице нет строки %d после строки %d: в таблице приложения 1 пять строк (номер, подразделение, действие, форма завершения, срок)"

msgid "the table has no columns: row 1 has no cell after its header"
msgstr "в таблице нет граф: в строке 1 нет ячеек после заголовка"

msgid "row %d has another number of cells (%zu) than row 1 (%zu): the table is ragged, and its columns cannot be told apart"
msgstr "в строке %d иное число ячеек (%zu), чем в строке 1 (%zu): строки таблицы неравной длины, её графы не различить"

msgid "a row without a number under the table is no column of it: not imported"
msgstr "строка без номера под таблицей не является её графой: не импортирована"

msgid "the heading «%s» names routes `%s` and `%s` alike: its part is written `TODO`"
msgstr "заголовок «%s» одинаково называет маршруты `%s` и `%s`: часть записана как `TODO`"

msgid "route `%s` has a table already (line %u): this table's part is written `TODO`"
msgstr "у маршрута `%s` уже есть таблица (строка %u): часть этой таблицы записана как `TODO`"

msgid "no heading above the table names a route: it is taken for `%s`, the only route left without a table"
msgstr "ни один заголовок над таблицей не называет маршрут: она отнесена к `%s`, единственному маршруту без таблицы"

msgid "no heading above the table names a route: its part is written `TODO`"
msgstr "ни один заголовок над таблицей не называет маршрут: часть записана как `TODO`"

msgid "the routes are %s; write the one this table is for"
msgstr "маршруты: %s; укажите тот, к которому относится таблица"

msgid "column %zu fits the steps `%s` and `%s` of route `%s` alike: written `TODO`"
msgstr "графа %zu одинаково подходит к процедурам `%s` и `%s` маршрута `%s`: записано `TODO`"

msgid "column %zu and column %zu fit the step `%s` of route `%s` alike: written `TODO`"
msgstr "графа %zu и графа %zu одинаково подходят к процедуре `%s` маршрута `%s`: записано `TODO`"

msgid "column %zu shows no step of route `%s` that reglc can tell: written `TODO`"
msgstr "графа %zu не показывает ни одной процедуры маршрута `%s`, которую `reglc` может распознать: записано `TODO`"

msgid "the closest is `%s` («%s»); label the column by hand"
msgstr "ближайшая — `%s` («%s»); укажите метку графы вручную"

msgid "column %zu shows the step «%s» of route `%s`, which has no label: written `TODO`"
msgstr "графа %zu показывает процедуру «%s» маршрута `%s`, у которой нет метки: записано `TODO`"

msgid "label the step in the body (`LABEL: actor \"...\"`) and run `import-table` again"
msgstr "поставьте метку процедуре в основном тексте (`LABEL: actor \"...\"`) и снова запустите `import-table`"

msgid "reglc: error: '%s' has errors in structure; `import-table` needs its routes and steps\n"
msgstr "reglc: error: в структуре '%s' есть ошибки; команде `import-table` нужны его маршруты и процедуры\n"

msgid "reglc: error: '%s' has no `source` field: name the table's text, `reglc import-table %s TABLE.txt`\n"
msgstr "reglc: error: в '%s' нет поля `source`: укажите текст таблицы, `reglc import-table %s TABLE.txt`\n"

msgid "reglc: error: '%s' has %u lines; lines %u..%u are past its end\n"
msgstr "reglc: error: в '%s' строк: %u; строки %u..%u за его концом\n"

msgid "reglc: error: no table of Appendix 1 in lines %u..%u of '%s' (five rows, numbered 1 to 5, their cells separated by tabs)\n"
msgstr "reglc: error: в строках %u..%u файла '%s' нет таблицы приложения 1 (пять строк с номерами от 1 до 5, ячейки разделены табуляцией)\n"

msgid "reglc: warning: route `%s` has no table in lines %u..%u of '%s'\n"
msgstr "reglc: warning: у маршрута `%s` нет таблицы в строках %u..%u файла '%s'\n"

msgid "a cell holds the control character U+%04X, which a string of a .regl file cannot hold"
msgstr "в ячейке управляющий символ `U+%04X`, который строка файла `.regl` содержать не может"

msgid "column %zu shows `%s` out of the body's order: `reglc check` will report it (E0803)"
msgstr "графа %zu показывает `%s` не в том порядке, что основной текст: `reglc check` сообщит об этом (`E0803`)"
