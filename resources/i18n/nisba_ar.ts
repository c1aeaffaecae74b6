<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <source>Mark with recent source {n}</source>
        <translation>إسناد إلى المصدر الأخير رقم {n}</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>Open &amp;server project…</source>
        <translation>فتح مشروع على &amp;خادم…</translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation>ا&amp;ستيراد مقالات…</translation>
    </message>
    <message>
        <source>Remove site &amp;furniture when importing many files</source>
        <translation>إزالة &amp;حشو الموقع عند استيراد ملفات كثيرة</translation>
    </message>
    <message>
        <source>Batch imports drop section words, &apos;read also&apos;, share and &apos;back to top&apos; lines before storing</source>
        <translation>يحذف الاستيراد الجماعي أسماء الأقسام وأسطر «اقرأ أيضًا» والمشاركة و«العودة إلى الأعلى» قبل الحفظ</translation>
    </message>
    <message>
        <source>Import &amp;annotations…</source>
        <translation>استيراد ال&amp;تعليقات التوضيحية…</translation>
    </message>
    <message>
        <source>Import &amp;project (.qdpx)…</source>
        <translation>استيراد &amp;مشروع (.qdpx)…</translation>
    </message>
    <message>
        <source>REFI-QDA: QualCoder, MAXQDA, NVivo</source>
        <translation>REFI-QDA: QualCoder وMAXQDA وNVivo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export claims to Excel, CSV or JSON</source>
        <translation>تصدير الادعاءات إلى Excel أو CSV أو JSON</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>Write a copy of the whole project to another file</source>
        <translation>كتابة نسخة من المشروع كاملًا في ملف آخر</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>ا&amp;سترجاع من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Go back to one of this project&apos;s backups (the current file is kept as a safety copy)</source>
        <translation>العودة إلى إحدى النسخ الاحتياطية لهذا المشروع (يُحتفظ بالملف الحالي نسخةَ أمان)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Paste as new article</source>
        <translation>&amp;لصق كمقال جديد</translation>
    </message>
    <message>
        <source>Import the clipboard&apos;s text as a new article (Ctrl+Shift+V)</source>
        <translation>استيراد نص الحافظة مقالًا جديدًا (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;بحث في المقال…</translation>
    </message>
    <message>
        <source>Snap selections to whole &amp;words</source>
        <translation>ضبط التحديد على &amp;كلمات كاملة</translation>
    </message>
    <message>
        <source>Widen a new claim, mention or cue to whole words (Arabic clitics and diacritics understood)</source>
        <translation>توسيع الادعاء أو ذكر المصدر أو عبارة الإسناد الجديدة إلى كلمات كاملة (مع مراعاة السوابق واللواحق العربية والتشكيل)</translation>
    </message>
    <message>
        <source>Annotator &amp;name…</source>
        <translation>ا&amp;سم المُرمِّز…</translation>
    </message>
    <message>
        <source>Who is annotating: recorded on each new claim</source>
        <translation>من يُرمِّز: يُسجَّل مع كل ادعاء جديد</translation>
    </message>
    <message>
        <source>&amp;Mark claim…</source>
        <translation>&amp;تحديد ادعاء…</translation>
    </message>
    <message>
        <source>Mark the selected text as a claim and attribute it to a source (Enter)</source>
        <translation>تحديد النص المظلَّل ادعاءً ونسبته إلى مصدر (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>&amp;حذف الادعاء</translation>
    </message>
    <message>
        <source>Delete the current claim (Delete)</source>
        <translation>حذف الادعاء الحالي (Delete)</translation>
    </message>
    <message>
        <source>&amp;Add source to chain…</source>
        <translation>إ&amp;ضافة مصدر إلى السلسلة…</translation>
    </message>
    <message>
        <source>Mark source &amp;mention</source>
        <translation>تحديد &amp;ذكر المصدر</translation>
    </message>
    <message>
        <source>The selected text names the current claim&apos;s source (M)</source>
        <translation>النص المظلَّل يسمّي مصدر الادعاء الحالي (M)</translation>
    </message>
    <message>
        <source>Mark &amp;cue</source>
        <translation>تحديد &amp;عبارة الإسناد</translation>
    </message>
    <message>
        <source>The selected text is the current claim&apos;s reporting cue, e.g. وقال (C)</source>
        <translation>النص المظلَّل هو عبارة الإسناد للادعاء الحالي، مثل «وقال» (C)</translation>
    </message>
    <message>
        <source>Set claim &amp;boundaries to selection</source>
        <translation>جعل التحديد &amp;حدود الادعاء</translation>
    </message>
    <message>
        <source>Edit &amp;labels</source>
        <translation>تحرير ال&amp;وسوم</translation>
    </message>
    <message>
        <source>Move to the current claim&apos;s labels (Space ticks one)</source>
        <translation>الانتقال إلى وسوم الادعاء الحالي (المسافة تؤشّر على أحدها)</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>تحرير ال&amp;ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Next claim</source>
        <translation>الادعاء ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous claim</source>
        <translation>الادعاء ال&amp;سابق</translation>
    </message>
    <message>
        <source>Show &amp;suggestions</source>
        <translation>إظهار الا&amp;قتراحات</translation>
    </message>
    <message>
        <source>Outline the attributions found in the article (Tab: next, Enter: accept, X: reject)</source>
        <translation>تحديد الإسنادات المقترحة في المقال بإطار (Tab: التالي، Enter: قبول، X: رفض)</translation>
    </message>
    <message>
        <source>Ne&amp;xt suggestion</source>
        <translation>الاقتراح ال&amp;تالي</translation>
    </message>
    <message>
        <source>Pre&amp;vious suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>&amp;رفض الاقتراح</translation>
    </message>
    <message>
        <source>Not an attribution: it is not suggested again for this article</source>
        <translation>ليس إسنادًا: لن يُقترح مرة أخرى في هذا المقال</translation>
    </message>
    <message>
        <source>Accept the suggestions of this s&amp;ource</source>
        <translation>قبول اقتراحات هذا الم&amp;صدر</translation>
    </message>
    <message>
        <source>Accept every suggestion attributed to the current one&apos;s source (Shift+Enter)</source>
        <translation>قبول كل اقتراح منسوب إلى مصدر الاقتراح الحالي (Shift+Enter)</translation>
    </message>
    <message>
        <source>Accept a&amp;ll suggestions in the article…</source>
        <translation>قبول &amp;كل اقتراحات المقال…</translation>
    </message>
    <message>
        <source>Attribution &amp;words…</source>
        <translation>&amp;كلمات الإسناد…</translation>
    </message>
    <message>
        <source>The project&apos;s own reporting verbs, titles and outlet nouns for the suggestions</source>
        <translation>أفعال القول والألقاب وأسماء وسائل الإعلام الخاصة بهذا المشروع، للاقتراحات</translation>
    </message>
    <message>
        <source>Ne&amp;xt article</source>
        <translation>المقال التا&amp;لي</translation>
    </message>
    <message>
        <source>Pre&amp;vious article</source>
        <translation>المقال السا&amp;بق</translation>
    </message>
    <message>
        <source>Mark article &amp;done / not done</source>
        <translation>وضع علامة &amp;منجز / غير منجز على المقال</translation>
    </message>
    <message>
        <source>Article d&amp;etails…</source>
        <translation>&amp;بيانات المقال…</translation>
    </message>
    <message>
        <source>&amp;Sources registry</source>
        <translation>&amp;سجلّ المصادر</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>نظرة &amp;عامة</translation>
    </message>
    <message>
        <source>The study at a glance: charts and the attribution network, each a way into the claims</source>
        <translation>الدراسة في لمحة: رسوم بيانية وشبكة الإسناد، وكلٌّ منها طريق إلى ادعاءاته</translation>
    </message>
    <message>
        <source>Highlighting &amp;sessions…</source>
        <translation>&amp;جلسات التظليل…</translation>
    </message>
    <message>
        <source>&amp;Agreement between annotators…</source>
        <translation>ال&amp;اتفاق بين المُرمِّزين…</translation>
    </message>
    <message>
        <source>Show only &amp;my claims</source>
        <translation>عرض &amp;ادعاءاتي فقط</translation>
    </message>
    <message>
        <source>Accept claim as &amp;final (curated)</source>
        <translation>اعتماد الادعاء &amp;نهائيًا (بعد المراجعة)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;البدء</translation>
    </message>
    <message>
        <source>Show the three steps of marking a claim again</source>
        <translation>عرض خطوات تحديد الادعاء الثلاث مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Western digits (0–9)</source>
        <translation>الأرقام ال&amp;غربية (0–9)</translation>
    </message>
    <message>
        <source>Write numbers and dates with 0–9 instead of the language&apos;s own digits</source>
        <translation>كتابة الأعداد والتواريخ بالأرقام 0–9 بدلًا من أرقام اللغة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Nisba</source>
        <translation>&amp;عن «نسبة»</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>المشاريع ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>Mark with a &amp;recent source</source>
        <translation>الإسناد إلى مصدر &amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Compare with</source>
        <translation>م&amp;قارنة مع</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>ا&amp;دعاء</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>م&amp;قال</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>م&amp;راجعة</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>إ&amp;عدادات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
</context>
<context>
    <name>AgreementChoice</name>
    <message>
        <source>Annotators with each other</source>
        <translation>المُرمِّزون فيما بينهم</translation>
    </message>
    <message>
        <source>Suggestions with {name}</source>
        <translation>الاقتراحات مع {name}</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>ال&amp;مقارنة:</translation>
    </message>
    <message>
        <source>No article has claims by two or more annotators yet.</source>
        <translation>لا يوجد بعدُ مقال فيه ادعاءات حدّدها مُرمِّزان أو أكثر.</translation>
    </message>
    <message>
        <source>The suggester is reading the articles {name} marked…</source>
        <translation>المُقترِح يقرأ المقالات التي رمّزها {name}…</translation>
    </message>
    <message>
        <source>The suggestions could not be compared: {why}</source>
        <translation>تعذّرت مقارنة الاقتراحات: {why}</translation>
    </message>
    <message>
        <source>Suggestions: everything the suggester finds in each article {name} marked, rejected suggestions included; a claim accepted from a suggestion agrees with it by construction.</source>
        <translation>الاقتراحات: كل ما يجده المُقترِح في كل مقال رمّزه {name}، بما فيها الاقتراحات المرفوضة؛ والادعاء المقبول من اقتراح يتفق معه بطبيعة الحال.</translation>
    </message>
    <message>
        <source>{name} has no claims to compare.</source>
        <translation>ليس لدى {name} ادعاءات للمقارنة.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement between annotators</source>
        <translation>الاتفاق بين المُرمِّزين</translation>
    </message>
    <message>
        <source>Span agreement: F1 of claims with the same boundaries (exact) or overlapping (each matched once). Source agreement, on the claims both marked: Cohen&apos;s kappa per pair, Krippendorff&apos;s alpha over all annotators (first source of the chain, letter variants folded).</source>
        <translation>اتفاق النطاق: مقياس F1 للادعاءات ذات الحدود نفسها (تطابق تام) أو المتداخلة (يُطابَق كل ادعاء مرة واحدة). اتفاق المصدر، على الادعاءات التي حدّدها الطرفان: معامل كابا لكوهين لكل زوج، ومعامل ألفا لكريبندورف لجميع المُرمِّزين (المصدر الأول في السلسلة، مع توحيد صور الحروف).</translation>
    </message>
    <message>
        <source>No article has claims by two or more annotators yet.</source>
        <translation>لا يوجد بعدُ مقال فيه ادعاءات حدّدها مُرمِّزان أو أكثر.</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Article {id}</source>
        <translation>المقال {id}</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message numerus="yes">
        <source>Over {annotators}; %n group(s) of overlapping claims</source>
        <translation>
            <numerusform>على {annotators}؛ لا مجموعات من الادعاءات المتداخلة</numerusform>
            <numerusform>على {annotators}؛ مجموعة واحدة من الادعاءات المتداخلة</numerusform>
            <numerusform>على {annotators}؛ مجموعتان من الادعاءات المتداخلة</numerusform>
            <numerusform>على {annotators}؛ %Ln مجموعات من الادعاءات المتداخلة</numerusform>
            <numerusform>على {annotators}؛ %Ln مجموعةً من الادعاءات المتداخلة</numerusform>
            <numerusform>على {annotators}؛ %Ln مجموعة من الادعاءات المتداخلة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Article details</source>
        <translation>بيانات المقال</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>الوسيلة الإعلامية:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>الرابط:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>تاريخ النشر:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
</context>
<context>
    <name>ArticleEditing</name>
    <message>
        <source>Article details</source>
        <translation>بيانات المقال</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>لم يُنجز</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Show all articles</source>
        <translation>عرض كل المقالات</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>No article open. Import one from the File menu.</source>
        <translation>لا يوجد مقال مفتوح. استورد مقالًا من قائمة «ملف».</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>Article {id}</source>
        <translation>المقال {id}</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s) on this article now: {names}</source>
        <translation>
            <numerusform>لا أحد غيرك على هذا المقال الآن: {names}</numerusform>
            <numerusform>شخص آخر على هذا المقال الآن: {names}</numerusform>
            <numerusform>شخصان آخران على هذا المقال الآن: {names}</numerusform>
            <numerusform>%Ln أشخاص آخرين على هذا المقال الآن: {names}</numerusform>
            <numerusform>%Ln شخصًا آخر على هذا المقال الآن: {names}</numerusform>
            <numerusform>%Ln شخص آخر على هذا المقال الآن: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttributionWords</name>
    <message>
        <source>Reporting verb</source>
        <translation>فعل قول</translation>
    </message>
    <message>
        <source>Title before a name</source>
        <translation>لقب قبل الاسم</translation>
    </message>
    <message>
        <source>Outlet noun (agency, newspaper)</source>
        <translation>اسم وسيلة إعلام (وكالة، صحيفة)</translation>
    </message>
    <message>
        <source>Organisation noun</source>
        <translation>اسم منظمة</translation>
    </message>
    <message>
        <source>Government noun</source>
        <translation>اسم جهة حكومية</translation>
    </message>
    <message>
        <source>Anonymous source noun</source>
        <translation>اسم مصدر مجهول</translation>
    </message>
    <message>
        <source>Document noun (report, study)</source>
        <translation>اسم وثيقة (تقرير، دراسة)</translation>
    </message>
    <message>
        <source>Outlet name</source>
        <translation>اسم علم لوسيلة إعلام</translation>
    </message>
    <message>
        <source>Cue after the content (according to)</source>
        <translation>عبارة إسناد بعد المحتوى (وفقًا لـ)</translation>
    </message>
</context>
<context>
    <name>AttributionWordsDialog</name>
    <message>
        <source>Attribution words</source>
        <translation>كلمات الإسناد</translation>
    </message>
    <message>
        <source>Words this project adds to the suggester&apos;s own: a reporting verb it does not know, a title, an outlet noun… The suggestions use them at once.</source>
        <translation>كلمات يضيفها هذا المشروع إلى كلمات المُقترِح: فعل قول لا يعرفه، أو لقب، أو اسم وسيلة إعلام… وتستعملها الاقتراحات فورًا.</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>ألمح, insinuated, المنسق الأممي</source>
        <translation>ألمح، insinuated، المنسق الأممي</translation>
    </message>
    <message>
        <source>Arabic verbs: يلمح</source>
        <translation>للأفعال العربية: يلمح</translation>
    </message>
    <message>
        <source>Arabic verbs: ملمح</source>
        <translation>للأفعال العربية: ملمح</translation>
    </message>
    <message>
        <source>May &amp;follow its content (…، ألمح الوزير)</source>
        <translation>قد ي&amp;أتي بعد المحتوى (…، ألمح الوزير)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>&amp;Word:</source>
        <translation>ال&amp;كلمة:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation>الم&amp;ضارع:</translation>
    </message>
    <message>
        <source>Pa&amp;rticiple:</source>
        <translation>اسم ال&amp;فاعل:</translation>
    </message>
    <message>
        <source>may follow its content</source>
        <translation>قد يأتي بعد المحتوى</translation>
    </message>
    <message>
        <source>Added “{word}”.</source>
        <translation>أُضيفت «{word}».</translation>
    </message>
    <message>
        <source>Removed “{word}” (Edit → Undo brings it back).</source>
        <translation>حُذفت «{word}» (تحرير ← تراجع يعيدها).</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>Automatic</source>
        <translation>تلقائية</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل استرجاع</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>قبل ترقية</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>غير مقروءة</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>لا ادعاءات</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} backup of {when} ({claims})</source>
        <translation>نسخة احتياطية {kind} من {when} ({claims})</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>لا ادعاءات</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims to count</source>
        <translation>لا ادعاءات للعدّ</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>Annotator: {name}</source>
        <translation>المُرمِّز: {name}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(بلا مصدر)</translation>
    </message>
</context>
<context>
    <name>ChainModel</name>
    <message>
        <source>mention ✓</source>
        <translation>ذكر المصدر ✓</translation>
    </message>
    <message>
        <source>cue ✓</source>
        <translation>عبارة الإسناد ✓</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>No claim selected</source>
        <translation>لم يُحدَّد أي ادعاء</translation>
    </message>
    <message>
        <source>Where the claim came from: marked by hand, or a suggestion accepted as it was or corrected after</source>
        <translation>من أين جاء الادعاء: حُدِّد يدويًا، أو كان اقتراحًا قُبل كما هو أو صُحِّح بعد قبوله</translation>
    </message>
    <message>
        <source>New label…</source>
        <translation>وسم جديد…</translation>
    </message>
    <message>
        <source>Note (saved when you leave the field, or Ctrl+Enter)</source>
        <translation>ملاحظة (تُحفظ عند مغادرة الحقل، أو بـ Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>إضافة مصدر…</translation>
    </message>
    <message>
        <source>Add a source to the end of the chain</source>
        <translation>إضافة مصدر إلى آخر السلسلة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected source from the chain</source>
        <translation>إزالة المصدر المحدَّد من السلسلة</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>لأعلى</translation>
    </message>
    <message>
        <source>Move the selected source earlier in the chain</source>
        <translation>تقديم المصدر المحدَّد في السلسلة</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>لأسفل</translation>
    </message>
    <message>
        <source>Move the selected source later in the chain</source>
        <translation>تأخير المصدر المحدَّد في السلسلة</translation>
    </message>
    <message>
        <source>Mention ← selection</source>
        <translation>ذكر المصدر ← التحديد</translation>
    </message>
    <message>
        <source>The selected text names this source (M)</source>
        <translation>النص المظلَّل يسمّي هذا المصدر (M)</translation>
    </message>
    <message>
        <source>Cue ← selection</source>
        <translation>عبارة الإسناد ← التحديد</translation>
    </message>
    <message>
        <source>The selected text is the reporting cue (C)</source>
        <translation>النص المظلَّل هو عبارة الإسناد (C)</translation>
    </message>
    <message>
        <source>Bounds ← selection</source>
        <translation>الحدود ← التحديد</translation>
    </message>
    <message>
        <source>Make the selected text the claim (Ctrl+B)</source>
        <translation>جعل النص المظلَّل هو الادعاء (Ctrl+B)</translation>
    </message>
    <message>
        <source>Attribution chain (first to last)</source>
        <translation>سلسلة الإسناد (من الأول إلى الأخير)</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>المنشأ:</translation>
    </message>
    <message>
        <source>Quote type:</source>
        <translation>نوع الاقتباس:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Claim {id}&lt;/b&gt; · %n character(s)</source>
        <translation>
            <numerusform>&lt;b&gt;الادعاء {id}&lt;/b&gt; | بلا أحرف</numerusform>
            <numerusform>&lt;b&gt;الادعاء {id}&lt;/b&gt; | حرف واحد</numerusform>
            <numerusform>&lt;b&gt;الادعاء {id}&lt;/b&gt; | حرفان</numerusform>
            <numerusform>&lt;b&gt;الادعاء {id}&lt;/b&gt; | %Ln أحرف</numerusform>
            <numerusform>&lt;b&gt;الادعاء {id}&lt;/b&gt; | %Ln حرفًا</numerusform>
            <numerusform>&lt;b&gt;الادعاء {id}&lt;/b&gt; | %Ln حرف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsFilterBar</name>
    <message>
        <source>This article</source>
        <translation>هذا المقال</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Filter the open article&apos;s claims, or search the claims of every article</source>
        <translation>تصفية ادعاءات المقال المفتوح، أو البحث في ادعاءات كل المقالات</translation>
    </message>
    <message>
        <source>Filter claims…</source>
        <translation>تصفية الادعاءات…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Show all claims</source>
        <translation>عرض كل الادعاءات</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) chosen in the Overview: {what}</source>
        <translation>
            <numerusform>لا ادعاءات مختارة في النظرة العامة: {what}</numerusform>
            <numerusform>ادعاء واحد مختار في النظرة العامة: {what}</numerusform>
            <numerusform>ادعاءان مختاران في النظرة العامة: {what}</numerusform>
            <numerusform>%Ln ادعاءات مختارة في النظرة العامة: {what}</numerusform>
            <numerusform>%Ln ادعاءً مختارًا في النظرة العامة: {what}</numerusform>
            <numerusform>%Ln ادعاء مختار في النظرة العامة: {what}</numerusform>
        </translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>كل المُرمِّزين</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>كل المصادر</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>{type} · final</source>
        <translation>{type} | نهائي</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Quote type</source>
        <translation>نوع الاقتباس</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>المُرمِّزون</translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation>F1 (تطابق تام)</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>F1 (تداخل)</translation>
    </message>
    <message>
        <source>Both marked</source>
        <translation>حدّدها الطرفان</translation>
    </message>
    <message>
        <source>Kappa (source)</source>
        <translation>كابا (المصدر)</translation>
    </message>
    <message>
        <source>Alpha (source)</source>
        <translation>ألفا (المصدر)</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>المُرمِّز</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>الأسماء البديلة</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Suggested claim</source>
        <translation>الادعاء المقترح</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الثقة</translation>
    </message>
</context>
<context>
    <name>CompareText</name>
    <message>
        <source>{name} only</source>
        <translation>{name} وحده</translation>
    </message>
</context>
<context>
    <name>ConfirmText</name>
    <message>
        <source>• “{name}” ({kind})</source>
        <translation>• «{name}» ({kind})</translation>
    </message>
    <message numerus="yes">
        <source>Accepting adds %n new source(s) to the registry:</source>
        <translation>
            <numerusform>لا يضيف القبول أي مصدر جديد إلى سجلّ المصادر:</numerusform>
            <numerusform>يضيف القبول مصدرًا جديدًا إلى سجلّ المصادر:</numerusform>
            <numerusform>يضيف القبول مصدرين جديدين إلى سجلّ المصادر:</numerusform>
            <numerusform>يضيف القبول %Ln مصادر جديدة إلى سجلّ المصادر:</numerusform>
            <numerusform>يضيف القبول %Ln مصدرًا جديدًا إلى سجلّ المصادر:</numerusform>
            <numerusform>يضيف القبول %Ln مصدر جديد إلى سجلّ المصادر:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>the same text is already in the project (article {id})</source>
        <translation>النص نفسه موجود في المشروع (المقال {id})</translation>
    </message>
    <message>
        <source>{path}: is already open in {owner}; close it there, or open it read-only here (no two windows may change the same project)</source>
        <translation>{path}: مفتوح حاليًا في {owner}؛ أغلقه هناك، أو افتحه هنا للقراءة فقط (لا يجوز لنافذتين تغيير المشروع نفسه)</translation>
    </message>
    <message>
        <source>{path}: is damaged ({reason}); the file was left untouched</source>
        <translation>{path}: تالف ({reason})؛ لم يُمسّ الملف</translation>
    </message>
    <message>
        <source>{path}: {reason}; nothing was imported</source>
        <translation>{path}: {reason}؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>the clipboard holds no text to import</source>
        <translation>لا تحوي الحافظة نصًا للاستيراد</translation>
    </message>
    <message>
        <source>is {what}, not a text file</source>
        <translation>هو {what}، وليس ملفًا نصيًا</translation>
    </message>
    <message>
        <source>holds binary data (NUL bytes), not text</source>
        <translation>يحوي بيانات ثنائية (بايتات NUL)، وليس نصًا</translation>
    </message>
    <message>
        <source>is not text in any encoding this app recognises (UTF-8, UTF-16, Windows-1256, ISO-8859-6...)</source>
        <translation>ليس نصًا بأيّ ترميز يعرفه هذا البرنامج (UTF-8، UTF-16، Windows-1256، ISO-8859-6...)</translation>
    </message>
    <message>
        <source>cannot be decoded: {encoding} is not an encoding this app knows</source>
        <translation>تتعذّر قراءته: {encoding} ليس ترميزًا يعرفه هذا التطبيق</translation>
    </message>
    <message>
        <source>cannot be decoded as {encoding}: that is not a text encoding (use UTF-8, Windows-1256...)</source>
        <translation>تتعذّر قراءته بترميز {encoding}: فهذا ليس ترميزًا للنصوص (استخدم UTF-8 أو Windows-1256...)</translation>
    </message>
    <message>
        <source>is not valid {encoding} ({reason} at byte {byte}); try another encoding</source>
        <translation>ليس نصًا صالحًا بترميز {encoding} ({reason} عند البايت {byte})؛ جرّب ترميزًا آخر</translation>
    </message>
    <message>
        <source>is not valid {encoding} ({reason}); try another encoding</source>
        <translation>ليس نصًا صالحًا بترميز {encoding} ({reason})؛ جرّب ترميزًا آخر</translation>
    </message>
    <message>
        <source>cannot be decoded as {encoding}</source>
        <translation>تتعذّر قراءته بترميز {encoding}</translation>
    </message>
    <message>
        <source>starts with a {bom} byte order mark but is not valid {bom} ({reason} at byte {byte})</source>
        <translation>يبدأ بعلامة ترتيب البايتات {bom} لكنه ليس نصًا صالحًا بترميز {bom} ({reason} عند البايت {byte})</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>holds a broken character (an unpaired surrogate, {code}) at position {position}; it cannot be stored</source>
        <translation>يحوي حرفًا مكسورًا (نصف زوج بديل، {code}) في الموضع {position}؛ لا يمكن حفظه</translation>
    </message>
    <message>
        <source>holds no text (only white space)</source>
        <translation>لا يحوي نصًا (مسافات بيضاء فقط)</translation>
    </message>
    <message>
        <source>holds {n} control characters; it looks like a binary file, not text</source>
        <translation>يحوي {n} من محارف التحكم؛ يبدو ملفًا ثنائيًا وليس نصًا</translation>
    </message>
    <message>
        <source>has more than {limit} HTML elements; a saved article page has a few thousand (copy the article&apos;s text and paste it instead)</source>
        <translation>فيه أكثر من {limit} عنصر HTML؛ صفحة المقال المحفوظة فيها بضعة آلاف (انسخ نص المقال والصقه بدلًا من ذلك)</translation>
    </message>
    <message>
        <source>holds no readable web page ({reason})</source>
        <translation>لا يحوي صفحة ويب مقروءة ({reason})</translation>
    </message>
    <message>
        <source>is a web page without article text</source>
        <translation>صفحة ويب بلا نص مقال</translation>
    </message>
    <message>
        <source>claim id</source>
        <translation>رقم الادعاء</translation>
    </message>
    <message>
        <source>there is no claim with id {id}</source>
        <translation>لا يوجد ادعاء رقمه {id}</translation>
    </message>
    <message>
        <source>the offsets start and end must be whole numbers, not {start}..{end}</source>
        <translation>يجب أن يكون موضعا البداية والنهاية عددين صحيحين، لا {start}..{end}</translation>
    </message>
    <message>
        <source>span {start}..{end} is outside the text of {where} (0..{length}) or empty</source>
        <translation>النطاق {start}..{end} خارج نص {where} (0..{length}) أو فارغ</translation>
    </message>
    <message>
        <source>an attribution chain must be a list of source ids, not {value}</source>
        <translation>يجب أن تكون سلسلة الإسناد قائمةً بأرقام المصادر، لا {value}</translation>
    </message>
    <message>
        <source>a source id</source>
        <translation>رقم مصدر</translation>
    </message>
    <message>
        <source>a source appears twice in the attribution chain {ids}</source>
        <translation>يتكرر مصدر في سلسلة الإسناد {ids}</translation>
    </message>
    <message>
        <source>quote type</source>
        <translation>نوع الاقتباس</translation>
    </message>
    <message>
        <source>the annotator&apos;s name</source>
        <translation>اسم المُرمِّز</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>there is no label with id {id}</source>
        <translation>لا يوجد وسم رقمه {id}</translation>
    </message>
    <message>
        <source>curated must be True or False, not {value}</source>
        <translation>يجب أن تكون قيمة الاعتماد النهائي (curated) ‏True أو False، لا {value}</translation>
    </message>
    <message>
        <source>the source name</source>
        <translation>اسم المصدر</translation>
    </message>
    <message>
        <source>the label name</source>
        <translation>اسم الوسم</translation>
    </message>
    <message>
        <source>a source needs a name</source>
        <translation>يحتاج المصدر إلى اسم</translation>
    </message>
    <message>
        <source>a label needs a name</source>
        <translation>يحتاج الوسم إلى اسم</translation>
    </message>
    <message>
        <source>aliases must be a list of names, not the text {text}</source>
        <translation>يجب أن تكون الأسماء البديلة قائمةً بأسماء، لا النص {text}</translation>
    </message>
    <message>
        <source>an alias</source>
        <translation>اسم بديل</translation>
    </message>
    <message>
        <source>source kind</source>
        <translation>نوع المصدر</translation>
    </message>
    <message>
        <source>colour must look like #rrggbb, not “{colour}”</source>
        <translation>يجب أن يكون اللون بصيغة ‎#rrggbb، لا «{colour}»</translation>
    </message>
    <message>
        <source>a source named “{name}” already exists (source {id})</source>
        <translation>يوجد مصدر باسم «{name}» من قبل (المصدر {id})</translation>
    </message>
    <message>
        <source>a source named {name} already exists (source {id})</source>
        <translation>يوجد مصدر باسم {name} من قبل (المصدر {id})</translation>
    </message>
    <message>
        <source>a label named “{name}” already exists (label {id})</source>
        <translation>يوجد وسم باسم «{name}» من قبل (الوسم {id})</translation>
    </message>
    <message>
        <source>{what}: cannot be done, since the {record} it changed ({key}) has changed since</source>
        <translation>«{what}»: يتعذّر التنفيذ، لأن السجل الذي غيّره ({record}، {key}) تغيّر منذ ذلك الحين</translation>
    </message>
    <message>
        <source>{path}: the project is closed</source>
        <translation>{path}: المشروع مغلق</translation>
    </message>
    <message>
        <source>a stored record cannot be read: {reason}</source>
        <translation>تتعذّر قراءة سجل محفوظ: {reason}</translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>لا يوجد ما يُتراجع عنه</translation>
    </message>
    <message>
        <source>there is nothing to redo</source>
        <translation>لا يوجد ما يُعاد</translation>
    </message>
    <message>
        <source>{what}: cannot be done, since the project has changed since</source>
        <translation>«{what}»: يتعذّر التنفيذ، لأن المشروع تغيّر منذ ذلك الحين</translation>
    </message>
    <message>
        <source>{path}: is open read-only; nothing can be changed in this window</source>
        <translation>{path}: مفتوح للقراءة فقط؛ لا يمكن تغيير أي شيء في هذه النافذة</translation>
    </message>
    <message>
        <source>{path}: a record this change touches was changed by another client meanwhile; nothing was overwritten and nothing was changed: look at it again and redo the change</source>
        <translation>{path}: غيّر عميل آخر في أثناء ذلك سجلًا يمسّه هذا التغيير؛ لم يُكتب فوق شيء ولم يتغير شيء: انظر إليه من جديد وأعد التغيير</translation>
    </message>
    <message>
        <source>{path}: the change could not be saved ({reason}); nothing was changed</source>
        <translation>{path}: تعذّر حفظ التغيير ({reason})؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>a value has a broken character (an unpaired surrogate, {code}) after “{before}”; it cannot be stored, and nothing was changed</source>
        <translation>في قيمةٍ حرفٌ مكسور (نصف زوج بديل، {code}) بعد «{before}»؛ لا يمكن حفظها، ولم يتغيّر شيء</translation>
    </message>
    <message>
        <source>section word</source>
        <translation>اسم قسم</translation>
    </message>
    <message>
        <source>breadcrumb</source>
        <translation>مسار تنقّل</translation>
    </message>
    <message>
        <source>site link</source>
        <translation>رابط الموقع</translation>
    </message>
    <message>
        <source>copyright line</source>
        <translation>سطر حقوق النشر</translation>
    </message>
    <message>
        <source>share buttons</source>
        <translation>أزرار المشاركة</translation>
    </message>
    <message>
        <source>read-also link</source>
        <translation>رابط «اقرأ أيضًا»</translation>
    </message>
    <message>
        <source>holds a number of {count} digits; no annotation field needs more than {limit}</source>
        <translation>يحوي عددًا من {count} خانة؛ ولا يحتاج أي حقل من حقول التعليقات إلى أكثر من {limit}</translation>
    </message>
    <message>
        <source>holds {name}, which is not a JSON number</source>
        <translation>يحوي {name}، وهو ليس عددًا في JSON</translation>
    </message>
    <message>
        <source>{path}: is nested too deeply to be a Web Annotation file (hundreds of levels)</source>
        <translation>{path}: متداخل بعمق لا يكون عليه ملف تعليقات ويب (مئات المستويات)</translation>
    </message>
    <message>
        <source>{path}: is not a JSON file ({reason})</source>
        <translation>{path}: ليس ملف JSON ({reason})</translation>
    </message>
    <message>
        <source>the file&apos;s only value</source>
        <translation>القيمة الوحيدة في الملف</translation>
    </message>
    <message>
        <source>{path}: the field {field} holds a broken character (an unpaired surrogate, \ud800-\udfff); the file was written by a faulty tool</source>
        <translation>{path}: الحقل {field} يحوي حرفًا مكسورًا (نصف زوج بديل، \ud800-\udfff)؛ كتبت الملفَّ أداةٌ معيبة</translation>
    </message>
    <message>
        <source>{path}: is not a W3C annotation file (a list, but not of annotations)</source>
        <translation>{path}: ليس ملف تعليقات W3C (قائمة، لكنها ليست قائمة تعليقات)</translation>
    </message>
    <message>
        <source>{path}: is not a W3C annotation file (it holds {kind})</source>
        <translation>{path}: ليس ملف تعليقات W3C (يحوي {kind})</translation>
    </message>
    <message>
        <source>{path}: is not a W3C annotation file (its type is {kind})</source>
        <translation>{path}: ليس ملف تعليقات W3C (نوعه {kind})</translation>
    </message>
    <message>
        <source>{path}: is not a W3C annotation file this app can read: its annotations are elsewhere ({address})</source>
        <translation>{path}: ليس ملف تعليقات W3C يستطيع هذا التطبيق قراءته: تعليقاته في مكان آخر ({address})</translation>
    </message>
    <message>
        <source>{path}: is not a W3C annotation file (its items are not a list of annotations)</source>
        <translation>{path}: ليس ملف تعليقات W3C (عناصره ليست قائمة تعليقات)</translation>
    </message>
    <message>
        <source>{path}: is not a W3C annotation file (no annotation, page or collection in it)</source>
        <translation>{path}: ليس ملف تعليقات W3C (لا تعليق فيه ولا صفحة ولا مجموعة)</translation>
    </message>
    <message>
        <source>{path}: item {number} is not an Annotation</source>
        <translation>{path}: العنصر {number} ليس تعليقًا (Annotation)</translation>
    </message>
    <message>
        <source>{path}: annotation {number}</source>
        <translation>{path}: التعليق {number}</translation>
    </message>
    <message>
        <source>{where}: {field} {reason}</source>
        <translation>{where}: {field} {reason}</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>يجب أن يكون نصًا، لا {kind}</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are read</source>
        <translation>طوله {length} حرفًا؛ ولا يُقرأ منه أكثر من {limit}</translation>
    </message>
    <message>
        <source>must be a number, not {kind}</source>
        <translation>يجب أن يكون عددًا، لا {kind}</translation>
    </message>
    <message>
        <source>{where} has no target (or only the address of one)</source>
        <translation>{where} بلا هدف (أو فيه عنوان هدف فقط)</translation>
    </message>
    <message>
        <source>{where} has neither a position nor a quote selector</source>
        <translation>{where} ليس فيه محدِّد موضع ولا محدِّد اقتباس</translation>
    </message>
    <message>
        <source>an annotation file</source>
        <translation>ملف تعليقات توضيحية</translation>
    </message>
    <message>
        <source>cannot be read: it {reason}</source>
        <translation>تتعذّر قراءته: {reason}</translation>
    </message>
    <message>
        <source>{path}: holds {count} annotations; one import takes at most {limit} (this file is {size}: export fewer articles at a time)</source>
        <translation>{path}: يحوي {count} تعليقًا؛ ولا يأخذ الاستيراد الواحد أكثر من {limit} (حجم هذا الملف {size}: صدِّر مقالات أقل في كل مرة)</translation>
    </message>
    <message>
        <source>it has no quote and its position {start}..{end} is outside the article</source>
        <translation>ليس له اقتباس، وموضعه {start}..{end} خارج المقال</translation>
    </message>
    <message>
        <source>its quote is not in the article</source>
        <translation>اقتباسه غير موجود في المقال</translation>
    </message>
    <message>
        <source>its quote fits several places</source>
        <translation>اقتباسه يوافق أكثر من موضع</translation>
    </message>
    <message>
        <source>one article</source>
        <translation>مقالة واحدة</translation>
    </message>
    <message>
        <source>has a NUL character in its name, which no file name can hold</source>
        <translation>في اسمه حرف NUL، ولا يمكن أن يحويه اسم ملف</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>بايت واحد</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} بايت</translation>
    </message>
    <message>
        <source>grew past the limit of {limit} for {what} while it was read</source>
        <translation>تجاوز حدّ {limit} المسموح به لـ{what} أثناء قراءته</translation>
    </message>
    <message>
        <source>is {size}, larger than the limit of {limit} for {what}</source>
        <translation>حجمه {size}، أكبر من حدّ {limit} المسموح به لـ{what}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>مجلد، وليس ملفًا</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file; only regular files are read</source>
        <translation>أنبوب مسمّى (FIFO)، وليس ملفًا؛ لا تُقرأ إلا الملفات العادية</translation>
    </message>
    <message>
        <source>is a device, not a file; only regular files are read</source>
        <translation>جهاز، وليس ملفًا؛ لا تُقرأ إلا الملفات العادية</translation>
    </message>
    <message>
        <source>is a socket, not a file; only regular files are read</source>
        <translation>مقبس (socket)، وليس ملفًا؛ لا تُقرأ إلا الملفات العادية</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>تتعذّر قراءته (الإذن مرفوض)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>is a folder, not a .qdpx file</source>
        <translation>مجلد، وليس ملف ‎.qdpx</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>تتعذّر قراءته ({reason})</translation>
    </message>
    <message>
        <source>is not a REFI-QDA project (.qdpx): it is not a zip file</source>
        <translation>ليس مشروع REFI-QDA ‏(‎.qdpx): ليس ملف zip</translation>
    </message>
    <message>
        <source>holds {count} files; a project this app reads has at most {limit}</source>
        <translation>يحوي {count} ملفًا؛ ولا يزيد المشروع الذي يقرؤه هذا التطبيق على {limit}</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {size} MB (a damaged file or a zip bomb)</source>
        <translation>يتجاوز {name} عند فكّه {size} MB (ملف تالف أو قنبلة zip)</translation>
    </message>
    <message>
        <source>{name} cannot be unpacked ({reason})</source>
        <translation>يتعذّر فكّ {name} ({reason})</translation>
    </message>
    <message>
        <source>a source names the path {path}, outside its sources folder</source>
        <translation>يشير مصدر إلى المسار {path}، خارج مجلد المصادر</translation>
    </message>
    <message>
        <source>is a zip without project.qde, so not a REFI-QDA project</source>
        <translation>ملف zip بلا project.qde، فليس مشروع REFI-QDA</translation>
    </message>
    <message>
        <source>project.qde declares a DTD or entities ({kind}); REFI-QDA files need neither and they are refused</source>
        <translation>يُعلن project.qde عن DTD أو كيانات ({kind})؛ ولا تحتاج ملفات REFI-QDA إلى أيٍّ منهما فتُرفض</translation>
    </message>
    <message>
        <source>project.qde is not well-formed XML ({reason})</source>
        <translation>ليس project.qde مستند XML سليم البنية ({reason})</translation>
    </message>
    <message>
        <source>project.qde is not a QDA-XML project (its root is {tag})</source>
        <translation>ليس project.qde مشروع QDA-XML (جذره {tag})</translation>
    </message>
    <message>
        <source>a {element} has the {attribute} {value}, which is not a GUID</source>
        <translation>في عنصر {element} قيمة {attribute} هي {value}، وهي ليست GUID</translation>
    </message>
    <message>
        <source>the selection {name} has the {attribute} {value}, which is not a whole number</source>
        <translation>في التحديد {name} قيمة {attribute} هي {value}، وهي ليست عددًا صحيحًا</translation>
    </message>
    <message>
        <source>note {name}</source>
        <translation>الملاحظة {name}</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>{kind} {name}: only text sources are read</source>
        <translation>{kind} {name}: لا تُقرأ إلا المصادر النصية</translation>
    </message>
    <message>
        <source>{what}: its text lies outside the file ({reference}); only texts inside the .qdpx are read</source>
        <translation>{what}: نصه خارج الملف ({reference})؛ لا تُقرأ إلا النصوص الموجودة داخل ملف ‎.qdpx</translation>
    </message>
    <message>
        <source>{what}: the file has no {entry} in its sources folder</source>
        <translation>{what}: لا يحوي الملف {entry} في مجلد مصادره</translation>
    </message>
    <message>
        <source>source {name}</source>
        <translation>المصدر {name}</translation>
    </message>
    <message>
        <source>{entry}: its text is not UTF-8 ({reason} at byte {position})</source>
        <translation>{entry}: نصه ليس بترميز UTF-8 ‏({reason} عند البايت {position})</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>مصادر</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>وسوم</translation>
    </message>
    <message>
        <source>quote types</source>
        <translation>أنواع اقتباس</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>علامات الذكر وعبارة الإسناد</translation>
    </message>
    <message>
        <source>curation</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>المنشأ (يدوي أو مقترح)</translation>
    </message>
    <message>
        <source>the mention “{selection}” in {source}</source>
        <translation>ذكر المصدر «{selection}» في {source}</translation>
    </message>
    <message>
        <source>the cue “{selection}” in {source}</source>
        <translation>عبارة الإسناد «{selection}» في {source}</translation>
    </message>
    <message>
        <source>the file has no top-level code folder named {name}</source>
        <translation>ليس في الملف مجلد رموز في المستوى الأعلى اسمه {name}</translation>
    </message>
    <message>
        <source>a folder can become one of {roles}, not {role}</source>
        <translation>يمكن أن يصير المجلد واحدًا من {roles}، لا {role}</translation>
    </message>
    <message>
        <source>“{selection}” in {source}: no code Nisba keeps, no note</source>
        <translation>«{selection}» في {source}: لا رمز تحفظه «نسبة» ولا ملاحظة</translation>
    </message>
    <message>
        <source>the file links it to no claim</source>
        <translation>لا يربطه الملف بأي ادعاء</translation>
    </message>
    <message>
        <source>it names no source</source>
        <translation>لا يسمّي مصدرًا</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>{what}: its source {source} is not in its claim&apos;s chain</source>
        <translation>{what}: مصدره {source} ليس في سلسلة إسناد ادعائه</translation>
    </message>
    <message>
        <source>UTF-16 units</source>
        <translation>وحدات UTF-16</translation>
    </message>
    <message>
        <source>code points</source>
        <translation>نقاط الترميز</translation>
    </message>
    <message>
        <source>counting the byte-order mark</source>
        <translation>مع عدّ علامة ترتيب البايتات</translation>
    </message>
    <message>
        <source>after the byte-order mark</source>
        <translation>بعد علامة ترتيب البايتات</translation>
    </message>
    <message>
        <source>a CRLF line end as two</source>
        <translation>نهاية السطر CRLF بموضعين</translation>
    </message>
    <message>
        <source>a CRLF line end as one</source>
        <translation>نهاية السطر CRLF بموضع واحد</translation>
    </message>
    <message>
        <source>{first}, {second}, {third}</source>
        <translation>{first}، {second}، {third}</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}، {second}</translation>
    </message>
    <message>
        <source>the selection {selection} of source {source} runs {start}..{end}, outside its text ({length} characters)</source>
        <translation>التحديد {selection} من المصدر {source} يمتد {start}..{end}، خارج نصه ({length} حرفًا)</translation>
    </message>
    <message>
        <source>every way of counting gives the same places</source>
        <translation>كل طرق العدّ تعطي المواضع نفسها</translation>
    </message>
    <message>
        <source>{matched} of {named} selection names match the text ({other} read another way)</source>
        <translation>أسماء التحديدات الموافقة للنص: {matched} من {named} (و{other} بقراءتها بطريقة أخرى)</translation>
    </message>
    <message>
        <source>no selection name matches the text; selection edges fall on word edges most often this way</source>
        <translation>لا اسم تحديد يوافق النص؛ وحدود التحديدات تقع على حدود الكلمات في أغلب الأحوال بهذه الطريقة</translation>
    </message>
    <message>
        <source>as many selections fit another way of counting; the standard&apos;s is preferred where it fits as well</source>
        <translation>يوافق العددُ نفسه من التحديدات طريقةَ عدّ أخرى؛ وتُفضَّل طريقة المعيار حيث توافق بالقدر نفسه</translation>
    </message>
    <message>
        <source>nothing in the file tells the ways of counting apart; the standard&apos;s is assumed</source>
        <translation>لا شيء في الملف يميّز بين طرق العدّ؛ فتُعتمد طريقة المعيار</translation>
    </message>
    <message>
        <source>{selection} in {source}: its position splits a character or a line end</source>
        <translation>{selection} في {source}: موضعه يقسم حرفًا أو نهاية سطر</translation>
    </message>
    <message>
        <source>{selection} in {source}: it is empty</source>
        <translation>{selection} في {source}: فارغ</translation>
    </message>
    <message>
        <source>{selection} in {source}: its name does not match the text at its place</source>
        <translation>{selection} في {source}: اسمه لا يوافق النص في موضعه</translation>
    </message>
    <message>
        <source>at {start}..{end}</source>
        <translation>عند {start}..{end}</translation>
    </message>
    <message>
        <source>claim {id}&apos;s mention</source>
        <translation>ذكر المصدر في الادعاء {id}</translation>
    </message>
    <message>
        <source>claim {id}&apos;s cue</source>
        <translation>عبارة الإسناد في الادعاء {id}</translation>
    </message>
    <message>
        <source>{what} has characters XML cannot hold; they show as � in the .qde file</source>
        <translation>في {what} أحرف لا تتسع لها XML؛ تظهر بالشكل � في ملف ‎.qde</translation>
    </message>
    <message>
        <source>the project&apos;s name</source>
        <translation>اسم المشروع</translation>
    </message>
    <message>
        <source>the annotator {name}</source>
        <translation>المُرمِّز {name}</translation>
    </message>
    <message>
        <source>the source {id}</source>
        <translation>المصدر {id}</translation>
    </message>
    <message>
        <source>the source {name}</source>
        <translation>المصدر {name}</translation>
    </message>
    <message>
        <source>the label {id}</source>
        <translation>الوسم {id}</translation>
    </message>
    <message>
        <source>the label {name}</source>
        <translation>الوسم {name}</translation>
    </message>
    <message>
        <source>article {id}&apos;s title</source>
        <translation>عنوان المقال {id}</translation>
    </message>
    <message>
        <source>{path}: export cancelled; no file was written</source>
        <translation>{path}: أُلغي التصدير؛ لم يُكتب أي ملف</translation>
    </message>
    <message>
        <source>claim {id}</source>
        <translation>الادعاء {id}</translation>
    </message>
    <message>
        <source>claim {id}&apos;s note</source>
        <translation>ملاحظة الادعاء {id}</translation>
    </message>
    <message>
        <source>is a damaged Word document ({kind}: {reason})</source>
        <translation>مستند Word تالف ({kind}: {reason})</translation>
    </message>
    <message>
        <source>holds {count} files; a Word document holds at most a few hundred</source>
        <translation>يحوي {count} ملفًا؛ ولا يحوي مستند Word أكثر من بضع مئات</translation>
    </message>
    <message>
        <source>is compressed in a way Word never uses ({member})</source>
        <translation>مضغوط بطريقة لا يستخدمها Word أبدًا ({member})</translation>
    </message>
    <message>
        <source>is password-protected; save it without a password first</source>
        <translation>محمي بكلمة مرور؛ احفظه أولًا دون كلمة مرور</translation>
    </message>
    <message>
        <source>unpacks to more than the {size} an article&apos;s document may take ({member})</source>
        <translation>يتجاوز عند فكّه {size}، وهو أقصى ما يحقّ لمستند مقال ({member})</translation>
    </message>
    <message>
        <source>unpacks to more than the {size} an article&apos;s document may take</source>
        <translation>يتجاوز عند فكّه {size}، وهو أقصى ما يحقّ لمستند مقال</translation>
    </message>
    <message>
        <source>unpacks to more than it declares ({member})</source>
        <translation>يتجاوز عند فكّه الحجم الذي يعلنه ({member})</translation>
    </message>
    <message>
        <source>holds more than {limit} XML tags; a Word article holds far fewer ({member})</source>
        <translation>يحوي أكثر من {limit} وسم XML؛ ومقال Word يحوي أقل من ذلك بكثير ({member})</translation>
    </message>
    <message>
        <source>is not a Word document (a .docx file is a zip archive; this one is not a zip)</source>
        <translation>ليس مستند Word (ملف ‎.docx أرشيف zip، وهذا الملف ليس zip)</translation>
    </message>
    <message>
        <source>is a zip archive but not a Word document (it has no word/document.xml)</source>
        <translation>أرشيف zip لكنه ليس مستند Word (ليس فيه word/document.xml)</translation>
    </message>
    <message>
        <source>is a Word document without a body</source>
        <translation>مستند Word بلا متن</translation>
    </message>
    <message>
        <source>holds more than the limit of {size} of text for one article</source>
        <translation>يحوي نصًا يتجاوز حدّ {size} المسموح به لمقال واحد</translation>
    </message>
    <message>
        <source>article id</source>
        <translation>رقم المقال</translation>
    </message>
    <message>
        <source>there is no article with id {id}</source>
        <translation>لا يوجد مقال رقمه {id}</translation>
    </message>
    <message>
        <source>the article&apos;s text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>an article needs some text; the text given is empty</source>
        <translation>يحتاج المقال إلى نص؛ والنص المُعطى فارغ</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>the article&apos;s title</source>
        <translation>عنوان المقال</translation>
    </message>
    <message>
        <source>the article&apos;s outlet</source>
        <translation>الوسيلة الإعلامية للمقال</translation>
    </message>
    <message>
        <source>the article&apos;s url</source>
        <translation>رابط المقال</translation>
    </message>
    <message>
        <source>the article&apos;s language</source>
        <translation>لغة المقال</translation>
    </message>
    <message>
        <source>where the article came from</source>
        <translation>من أين جاء المقال</translation>
    </message>
    <message>
        <source>the article&apos;s encoding</source>
        <translation>ترميز المقال</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>the article “{title}”</source>
        <translation>المقال «{title}»</translation>
    </message>
    <message>
        <source>article {id}</source>
        <translation>المقال {id}</translation>
    </message>
    <message>
        <source>“{title}”, {status}</source>
        <translation>«{title}»، {status}</translation>
    </message>
    <message>
        <source>{path}: is the project being copied; choose another target</source>
        <translation>{path}: هو المشروع الذي يُنسخ؛ اختر وجهة أخرى</translation>
    </message>
    <message>
        <source>{path}: already holds a project ({tables}); copy into an empty one</source>
        <translation>{path}: يحوي مشروعًا من قبل ({tables})؛ انسخ إلى مشروع فارغ</translation>
    </message>
    <message>
        <source>a project path must be a file name without NUL characters, not {path}</source>
        <translation>يجب أن يكون مسار المشروع اسمَ ملف بلا محارف NUL، لا {path}</translation>
    </message>
    <message>
        <source>add_article takes no {names}</source>
        <translation>لا تقبل add_article الوسائط {names}</translation>
    </message>
    <message>
        <source>label id</source>
        <translation>رقم الوسم</translation>
    </message>
    <message>
        <source>its backups</source>
        <translation>نسخه الاحتياطية</translation>
    </message>
    <message>
        <source>a backup</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>a copy to a file (annotator copy does it for a server project)</source>
        <translation>النسخ إلى ملف (الأمر annotator copy يفعل ذلك لمشروع على خادم)</translation>
    </message>
    <message>
        <source>{path}: is the project itself; choose another file for the copy</source>
        <translation>{path}: هو المشروع نفسه؛ اختر ملفًا آخر للنسخة</translation>
    </message>
    <message>
        <source>{path}: is a project on a server, whose data the server keeps; {what} is for a project file (on a server, the operator backs up with pg_dump)</source>
        <translation>{path}: مشروع على خادم، والخادم يحفظ بياناته؛ {what} خاصّ بملف المشروع (على الخادم، يأخذ المشغّل النسخ الاحتياطية بـ pg_dump)</translation>
    </message>
    <message>
        <source>{path}: unknown export format {format}; use one of {formats}</source>
        <translation>{path}: صيغة تصدير غير معروفة {format}؛ استخدم إحدى الصيغ {formats}</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>رقم المصدر</translation>
    </message>
    <message>
        <source>there is no source with id {id}</source>
        <translation>لا يوجد مصدر رقمه {id}</translation>
    </message>
    <message>
        <source>the source “{name}”</source>
        <translation>المصدر «{name}»</translation>
    </message>
    <message>
        <source>a source cannot be merged into itself</source>
        <translation>لا يمكن دمج مصدر في نفسه</translation>
    </message>
    <message>
        <source>way to treat the source&apos;s claims</source>
        <translation>طريقة التعامل مع ادعاءات المصدر</translation>
    </message>
    <message>
        <source>the suggestion “{claim}” does not match article {id}&apos;s text at {start}..{end}; suggest again</source>
        <translation>الاقتراح «{claim}» لا يطابق نص المقال {id} عند {start}..{end}؛ اطلب الاقتراحات من جديد</translation>
    </message>
    <message>
        <source>published date</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>{what} must be text, not {kind} {value}</source>
        <translation>يجب أن يكون {what} نصًا، لا {kind} {value}</translation>
    </message>
    <message>
        <source>{what} has a broken character (an unpaired surrogate, {code}) at position {position}: “{before}…”; it cannot be stored</source>
        <translation>في {what} حرف مكسور (نصف زوج بديل، {code}) في الموضع {position}: «{before}…»؛ لا يمكن حفظه</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {kind} {value}</source>
        <translation>يجب أن يكون {what} عددًا صحيحًا، لا {kind} {value}</translation>
    </message>
    <message>
        <source>{what} must be a list of ids, not {kind} {value}</source>
        <translation>يجب أن يكون {what} قائمةً بأرقام، لا {kind} {value}</translation>
    </message>
    <message>
        <source>each of {what}</source>
        <translation>كلٌّ من {what}</translation>
    </message>
    <message>
        <source>unknown {what} {value}; use one of {allowed}</source>
        <translation>{what} غير معروف {value}؛ استخدم واحدًا من {allowed}</translation>
    </message>
    <message>
        <source>{what} must be a date like 2024-06-20, not {kind} {value}</source>
        <translation>يجب أن يكون {what} تاريخًا مثل 2024-06-20، لا {kind} {value}</translation>
    </message>
    <message>
        <source>{what} {value} is not a date like 2024-06-20</source>
        <translation>{what} {value} ليس تاريخًا مثل 2024-06-20</translation>
    </message>
    <message>
        <source>{path}: the copy failed its check ({reason})</source>
        <translation>{path}: لم تجتز النسخة الفحص ({reason})</translation>
    </message>
    <message>
        <source>{path}: could not be written ({reason}); nothing was changed</source>
        <translation>{path}: تعذّرت الكتابة ({reason})؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{path}: cannot be read as a project ({reason}); choose another backup</source>
        <translation>{path}: تتعذّر قراءته مشروعًا ({reason})؛ اختر نسخة احتياطية أخرى</translation>
    </message>
    <message>
        <source>{path}: is not a Nisba project; choose another backup</source>
        <translation>{path}: ليس مشروع «نسبة»؛ اختر نسخة احتياطية أخرى</translation>
    </message>
    <message>
        <source>{path}: is damaged ({reason}); choose another backup</source>
        <translation>{path}: تالف ({reason})؛ اختر نسخة احتياطية أخرى</translation>
    </message>
    <message>
        <source>{path}: could not be replaced ({reason})</source>
        <translation>{path}: تعذّر استبداله ({reason})</translation>
    </message>
    <message>
        <source>{path}: could not keep a safety copy before restoring ({reason}); nothing was changed</source>
        <translation>{path}: تعذّر حفظ نسخة أمان قبل الاسترجاع ({reason})؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{path}: is read-only (file permissions or a read-only disk); open it read-only to read it</source>
        <translation>{path}: للقراءة فقط (أذونات الملف أو قرص للقراءة فقط)؛ افتحه للقراءة فقط لتقرأه</translation>
    </message>
    <message>
        <source>{path}: its folder {folder} is read-only, and a project needs to write its journal beside it; open it read-only, or copy it to a folder you can write to</source>
        <translation>{path}: مجلده {folder} للقراءة فقط، والمشروع يحتاج إلى كتابة سجلّه بجانبه؛ افتحه للقراءة فقط، أو انسخه إلى مجلد تستطيع الكتابة فيه</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a project file</source>
        <translation>{path}: مجلد، وليس ملف مشروع</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: تتعذّر قراءته ({reason})</translation>
    </message>
    <message>
        <source>{path}: is not a Nisba project (not an SQLite database); the file was left untouched</source>
        <translation>{path}: ليس مشروع «نسبة» (ليس قاعدة بيانات SQLite)؛ لم يُمسّ الملف</translation>
    </message>
    <message>
        <source>empty: 0 bytes, though backups of it exist</source>
        <translation>فارغ: 0 بايت، مع أن له نسخًا احتياطية</translation>
    </message>
    <message>
        <source>only {count} bytes, shorter than an SQLite header</source>
        <translation>{count} بايت فقط، أقصر من ترويسة SQLite</translation>
    </message>
    <message>
        <source>truncated: {size} bytes where its header says {expected}</source>
        <translation>مبتور: {size} بايت، وترويسته تقول {expected}</translation>
    </message>
    <message>
        <source>{path}: is an SQLite database of another program, not a Nisba project; the file was left untouched</source>
        <translation>{path}: قاعدة بيانات SQLite لبرنامج آخر، وليس مشروع «نسبة»؛ لم يُمسّ الملف</translation>
    </message>
    <message>
        <source>{path}: was made by a newer version of Nisba (schema {version}, this app knows {known}); update the app to open it</source>
        <translation>{path}: أنشأه إصدار أحدث من «نسبة» (المخطط {version}، وهذا التطبيق يعرف {known})؛ حدّث التطبيق لتفتحه</translation>
    </message>
    <message>
        <source>its schema is damaged (unreadable bytes)</source>
        <translation>مخططه تالف (بايتات غير مقروءة)</translation>
    </message>
    <message>
        <source>{path}: does not exist (a project opened read-only is not created)</source>
        <translation>{path}: غير موجود (لا يُنشأ مشروع يُفتح للقراءة فقط)</translation>
    </message>
    <message>
        <source>{path}: cannot create the folder ({reason})</source>
        <translation>{path}: يتعذّر إنشاء المجلد ({reason})</translation>
    </message>
    <message>
        <source>{path}: was made by an older version of Nisba (schema {version}); open it once for writing to upgrade it (a backup is kept first)</source>
        <translation>{path}: أنشأه إصدار أقدم من «نسبة» (المخطط {version})؛ افتحه مرة للكتابة لترقيته (تُحفظ نسخة احتياطية أولًا)</translation>
    </message>
    <message>
        <source>{path}: cannot be opened as a project ({reason})</source>
        <translation>{path}: يتعذّر فتحه مشروعًا ({reason})</translation>
    </message>
    <message>
        <source>{path}: not upgraded, since no backup could be kept first ({reason})</source>
        <translation>{path}: لم تتمّ الترقية، لأنه تعذّر حفظ نسخة احتياطية أولًا ({reason})</translation>
    </message>
    <message>
        <source>another Nisba window</source>
        <translation>نافذة أخرى من «نسبة»</translation>
    </message>
    <message>
        <source>another Nisba window (pid {pid}, on {host}, since {time})</source>
        <translation>نافذة أخرى من «نسبة» (رقم العملية {pid}، على {host}، منذ {time})</translation>
    </message>
    <message>
        <source>another Nisba window (pid {pid}, on {host})</source>
        <translation>نافذة أخرى من «نسبة» (رقم العملية {pid}، على {host})</translation>
    </message>
    <message>
        <source>{path}: cannot create the lock file {name} ({reason}); the folder may be read-only: open the project read-only</source>
        <translation>{path}: يتعذّر إنشاء ملف القفل {name} ({reason})؛ قد يكون المجلد للقراءة فقط: افتح المشروع للقراءة فقط</translation>
    </message>
    <message>
        <source>{path}: could not take the lock file {name}; try again</source>
        <translation>{path}: تعذّر أخذ ملف القفل {name}؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <source>{path}: not upgraded: {count} broken reference(s) after migrating; the file is unchanged</source>
        <translation>{path}: لم تتمّ الترقية: عدد المراجع المعطوبة بعد الترحيل {count}؛ لم يتغيّر الملف</translation>
    </message>
    <message>
        <source>{path}: could not be upgraded to schema {version} ({reason}); the file is unchanged</source>
        <translation>{path}: تعذّرت ترقيته إلى المخطط {version} ({reason})؛ لم يتغيّر الملف</translation>
    </message>
    <message>
        <source>{path}: the attribution lexicon cannot be read ({reason})</source>
        <translation>{path}: تتعذّر قراءة معجم الإسناد ({reason})</translation>
    </message>
    <message>
        <source>{path}: not an attribution lexicon (no &apos;arabic&apos; and &apos;english&apos; sections)</source>
        <translation>{path}: ليس معجم إسناد (لا قسمان &apos;arabic&apos; و&apos;english&apos; فيه)</translation>
    </message>
    <message>
        <source>extra attribution words: expected a mapping like the lexicon file&apos;s</source>
        <translation>كلمات الإسناد الإضافية: يُنتظر جدول مفاتيح مثل جدول ملف المعجم</translation>
    </message>
    <message>
        <source>{field} must be text, not {kind} ({value})</source>
        <translation>يجب أن يكون {field} نصًا، لا {kind} ({value})</translation>
    </message>
    <message>
        <source>{field} holds a broken character (an unpaired surrogate, {code}) at position {position}</source>
        <translation>في {field} حرف مكسور (نصف زوج بديل، {code}) في الموضع {position}</translation>
    </message>
    <message>
        <source>{field} holds a control character ({code}) at position {position}</source>
        <translation>في {field} محرف تحكم ({code}) في الموضع {position}</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; at most {limit} are allowed</source>
        <translation>طول {field} {length} حرفًا؛ ولا يُسمح بأكثر من {limit}</translation>
    </message>
    <message>
        <source>there is no highlighting session with id {id}</source>
        <translation>لا توجد جلسة تظليل رقمها {id}</translation>
    </message>
    <message>
        <source>unknown overview chart {chart}; use one of {charts}</source>
        <translation>رسم النظرة العامة {chart} غير معروف؛ استخدم واحدًا من {charts}</translation>
    </message>
    <message>
        <source>unknown period {period}; use week or month</source>
        <translation>المدة {period} غير معروفة؛ استخدم week (أسبوع) أو month (شهر)</translation>
    </message>
    <message>
        <source>unknown split {split}; use kind or quote_type</source>
        <translation>التقسيم {split} غير معروف؛ استخدم kind (النوع) أو quote_type (نوع الاقتباس)</translation>
    </message>
    <message>
        <source>{what} was changed by {who} meanwhile; it is now {now}. Nothing was overwritten: look at it again and redo your change</source>
        <translation>غيّر {who} {what} في أثناء ذلك؛ وهو الآن {now}. لم يُكتب فوق شيء: انظر إليه من جديد وأعد تغييرك</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>عميل آخر</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>لم يُنجز</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>a server project needs the name of its database</source>
        <translation>يحتاج مشروع الخادم إلى اسم قاعدة بياناته</translation>
    </message>
    <message>
        <source>the port must be a number, not {port}</source>
        <translation>يجب أن يكون المنفذ رقمًا، لا {port}</translation>
    </message>
    <message>
        <source>unknown sslmode {mode}; use one of {modes}</source>
        <translation>وضع sslmode ‏{mode} غير معروف؛ استخدم واحدًا من {modes}</translation>
    </message>
    <message>
        <source>not a PostgreSQL address ({reason})</source>
        <translation>ليس عنوان PostgreSQL ‏({reason})</translation>
    </message>
    <message>
        <source>{count} claim(s) added</source>
        <translation>الادعاءات المضافة: {count}</translation>
    </message>
    <message>
        <source>{count} new source(s): {names}</source>
        <translation>المصادر الجديدة ({count}): {names}</translation>
    </message>
    <message>
        <source>duplicate, skipped: {what}</source>
        <translation>مكرر، تُخطّي: {what}</translation>
    </message>
    <message>
        <source>re-anchored by its quote: {what}</source>
        <translation>أُعيد تثبيته باقتباسه: {what}</translation>
    </message>
    <message>
        <source>not placed: {what}</source>
        <translation>لم يُوضع: {what}</translation>
    </message>
    <message>
        <source>unknown export scope {scope}; use all, selected or done</source>
        <translation>نطاق تصدير غير معروف {scope}؛ استخدم all أو selected أو done</translation>
    </message>
    <message>
        <source>no articles are selected for export</source>
        <translation>لم يُحدَّد أي مقال للتصدير</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>{path}: cannot write in {folder} ({reason})</source>
        <translation>{path}: تتعذّر الكتابة في {folder} ({reason})</translation>
    </message>
    <message>
        <source>{path}: could not be written ({reason}); any earlier file there is unchanged</source>
        <translation>{path}: تعذّرت كتابته ({reason})؛ وأي ملف سابق هناك لم يتغيّر</translation>
    </message>
    <message>
        <source>unknown header language {language}; use one of {choices}</source>
        <translation>لغة عناوين غير معروفة {language}؛ استخدم إحدى: {choices}</translation>
    </message>
    <message>
        <source>{column}: {count} character(s) Excel cannot store replaced by {marker}</source>
        <translation>{column}: استُبدل بـ {marker} ما لا يستطيع Excel حفظه من الأحرف (عددها {count})</translation>
    </message>
    <message>
        <source>{column} longer than an Excel cell: whole text in {sheet} row {row}</source>
        <translation>{column} أطول مما تتسع له خلية Excel: النص كاملًا في {sheet}، الصف {row}</translation>
    </message>
    <message>
        <source>claim {id}: {note}</source>
        <translation>الادعاء {id}: {note}</translation>
    </message>
    <message>
        <source>{what}: its mention span did not fit the text and was left out</source>
        <translation>{what}: موضع ذكر المصدر لم يوافق النص فتُرك</translation>
    </message>
    <message>
        <source>{what}: its cue span did not fit the text and was left out</source>
        <translation>{what}: موضع عبارة الإسناد لم يوافق النص فتُرك</translation>
    </message>
    <message>
        <source>{what}: its article ({article}) is not in this project</source>
        <translation>{what}: مقاله ({article}) ليس في هذا المشروع</translation>
    </message>
    <message>
        <source>{what}: {start}..{end} -&gt; {new_start}..{new_end}</source>
        <translation>{what}: {start}..{end} ← {new_start}..{new_end}</translation>
    </message>
    <message>
        <source>{path}: written by {tool}</source>
        <translation>{path}: كتبه {tool}</translation>
    </message>
    <message>
        <source>an unnamed tool</source>
        <translation>برنامج غير مسمى</translation>
    </message>
    <message>
        <source>already in the project (article {id})</source>
        <translation>موجود في المشروع (المقال {id})</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>article “{name}”: {count} claim(s), {where}; positions read as {reading}</source>
        <translation>المقال «{name}»: الادعاءات: {count}، {where}؛ قُرئت المواضع بـ{reading}</translation>
    </message>
    <message>
        <source>  not proven: {evidence}</source>
        <translation>  غير مثبت: {evidence}</translation>
    </message>
    <message>
        <source>folder “{folder}” becomes {role}</source>
        <translation>المجلد «{folder}» يصبح: {role}</translation>
    </message>
    <message>
        <source>not read: {what}</source>
        <translation>لم يُقرأ: {what}</translation>
    </message>
    <message>
        <source>{claims} claim(s) added, {articles} new article(s)</source>
        <translation>الادعاءات المضافة: {claims}، المقالات الجديدة: {articles}</translation>
    </message>
    <message>
        <source>article already here: {what}</source>
        <translation>مقال موجود هنا: {what}</translation>
    </message>
    <message>
        <source>{count} new label(s): {names}</source>
        <translation>الوسوم الجديدة ({count}): {names}</translation>
    </message>
    <message>
        <source>source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>label</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>quote type {quote_type}</source>
        <translation>نوع الاقتباس {quote_type}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>article “{name}”: positions read as {reading} ({evidence})</source>
        <translation>المقال «{name}»: قُرئت المواضع بـ{reading} ({evidence})</translation>
    </message>
    <message>
        <source>“{name}” (article {id})</source>
        <translation>«{name}» (المقال {id})</translation>
    </message>
    <message>
        <source>article “{name}”: its text is empty; not imported</source>
        <translation>المقال «{name}»: نصه فارغ؛ لم يُستورد</translation>
    </message>
    <message>
        <source>article “{name}”: {reason}; kept without its published date</source>
        <translation>المقال «{name}»: {reason}؛ حُفظ دون تاريخ نشره</translation>
    </message>
    <message>
        <source>article “{name}”: variables not kept: {names}</source>
        <translation>المقال «{name}»: متغيرات لم تُحفظ: {names}</translation>
    </message>
    <message>
        <source>not a PostgreSQL address: {reason}</source>
        <translation>ليس عنوان PostgreSQL: {reason}</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} على {host}</translation>
    </message>
    <message>
        <source>{database} on this computer&apos;s server</source>
        <translation>{database} على خادم هذا الحاسوب</translation>
    </message>
    <message>
        <source>{location}: holds no Nisba project yet, and {user} may not create one (a coordinator creates it: annotator server init)</source>
        <translation>{location}: لا يحوي مشروعًا لـ«نسبة» بعد، ولا يجوز لـ{user} إنشاؤه (ينشئه المنسّق بالأمر: ‎annotator server init‎)</translation>
    </message>
    <message>
        <source>{location}: cannot connect ({reason}); nothing was changed</source>
        <translation>{location}: يتعذّر الاتصال ({reason})؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>an annotator marks claims under their own name only ({user}, not {owner})</source>
        <translation>لا يحدّد المُرمِّز الادعاءات إلا باسمه ({user}، لا {owner})</translation>
    </message>
    <message>
        <source>this claim is {owner}&apos;s; an annotator changes only their own claims</source>
        <translation>هذا الادعاء لـ{owner}؛ ولا يغيّر المُرمِّز إلا ادعاءاته</translation>
    </message>
    <message>
        <source>{location}: {reason}; nothing was changed</source>
        <translation>{location}: {reason}؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{location}: a record this change touches was changed by another client meanwhile; nothing was overwritten and nothing was changed: look at it again and redo the change</source>
        <translation>{location}: غيّر عميل آخر في أثناء ذلك سجلًا يمسّه هذا التغيير؛ لم يُكتب فوق شيء ولم يتغيّر شيء: انظر إليه من جديد وأعد التغيير</translation>
    </message>
    <message>
        <source>{location}: another client has just made a source of the same name; nothing was changed: choose that source</source>
        <translation>{location}: أنشأ عميل آخر للتوّ مصدرًا بالاسم نفسه؛ لم يتغيّر شيء: اختر ذلك المصدر</translation>
    </message>
    <message>
        <source>{location}: on this server an annotator marks and edits claims under their own name only (the server user); nothing was changed</source>
        <translation>{location}: على هذا الخادم لا يحدّد المُرمِّز الادعاءات ولا يعدّلها إلا باسمه (مستخدم الخادم)؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>the {table} records</source>
        <translation>سجلات {table}</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>هذا المشروع</translation>
    </message>
    <message>
        <source>{location}: your role on this server may not change {what} ({reason}); nothing was changed</source>
        <translation>{location}: لا يجوز لدورك على هذا الخادم تغيير {what} ({reason})؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{location}: is open read-only; nothing can be changed in this window</source>
        <translation>{location}: مفتوح للقراءة فقط؛ لا يمكن تغيير أي شيء في هذه النافذة</translation>
    </message>
    <message>
        <source>{location}: a value holds a character the server cannot store ({reason})</source>
        <translation>{location}: في قيمةٍ حرفٌ لا يستطيع الخادم حفظه ({reason})</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>unknown role {role}; use one of {choices}</source>
        <translation>دور غير معروف {role}؛ استخدم أحد: {choices}</translation>
    </message>
    <message>
        <source>a user name must be 1 to 63 bytes without NUL, not {name}</source>
        <translation>يجب أن يكون اسم المستخدم من ١ إلى ٦٣ بايتًا بلا NUL، لا {name}</translation>
    </message>
    <message>
        <source>{location}: holds tables but no Nisba project (no meta table); nothing was changed</source>
        <translation>{location}: يحوي جداول ولكن لا مشروع لـ«نسبة» فيه (لا جدول meta)؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{location}: is the database of another program, not a Nisba project; nothing was changed</source>
        <translation>{location}: قاعدة بيانات برنامج آخر، لا مشروع لـ«نسبة»؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{location}: holds no Nisba project yet (a coordinator creates it: annotator server init)</source>
        <translation>{location}: لا يحوي مشروعًا لـ«نسبة» بعد (ينشئه المنسّق بالأمر: ‎annotator server init‎)</translation>
    </message>
    <message>
        <source>{location}: was made by a newer version of Nisba (schema {version}, this app knows {known}); update the app to open it</source>
        <translation>{location}: أنشأه إصدار أحدث من «نسبة» (المخطط {version}، وهذا التطبيق يعرف {known})؛ حدّث التطبيق لتفتحه</translation>
    </message>
    <message>
        <source>{location}: has schema {version}, older than any server project can be; nothing was changed</source>
        <translation>{location}: مخططه {version}، وهو أقدم من أي مخطط يمكن أن يكون لمشروع على خادم؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{location}: has schema {version} and needs upgrading to {known}, which only its coordinator (the owner of its tables) can do, by opening it once (annotator server init); nothing was changed</source>
        <translation>{location}: مخططه {version} ويحتاج إلى الترقية إلى {known}، ولا يقوم بذلك إلا منسّقه (مالك جداوله) بفتحه مرة واحدة (‎annotator server init‎)؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>the source&apos;s name</source>
        <translation>اسم المصدر</translation>
    </message>
    <message>
        <source>the label&apos;s name</source>
        <translation>اسم الوسم</translation>
    </message>
    <message>
        <source>the value of {table}.{column}</source>
        <translation>قيمة {table}.{column}</translation>
    </message>
    <message>
        <source>{what} is {length} characters long: at most {limit} can be stored (“{start}…”); nothing was changed</source>
        <translation>طول {what} {length} حرفًا، ولا يُخزَّن منه أكثر من {limit} («{start}…»)؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>المُرمِّز</translation>
    </message>
    <message>
        <source>name the annotator to compare with the suggestions, not {name}</source>
        <translation>سمِّ المُرمِّز الذي تُقارَن الاقتراحات بادعاءاته، لا {name}</translation>
    </message>
    <message>
        <source>article ids</source>
        <translation>أرقام المقالات</translation>
    </message>
    <message>
        <source>{what} must be 1 to {longest} printable characters, not {value}</source>
        <translation>يجب أن يكون {what} من 1 إلى {longest} حرفًا قابلًا للطباعة، لا {value}</translation>
    </message>
    <message>
        <source>{what} must be one word (a verb&apos;s forms are made from it), not “{value}”</source>
        <translation>يجب أن يكون {what} كلمة واحدة (منها تُصاغ صيغ الفعل)، لا «{value}»</translation>
    </message>
    <message>
        <source>kind of attribution word</source>
        <translation>نوع كلمة الإسناد</translation>
    </message>
    <message>
        <source>the word</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>only an Arabic verb has a present and a participle</source>
        <translation>المضارع واسم الفاعل للفعل العربي وحده</translation>
    </message>
    <message>
        <source>the verb&apos;s {form}</source>
        <translation>صيغة الفعل ({form})</translation>
    </message>
    <message>
        <source>a verb&apos;s flags must be a list of words</source>
        <translation>يجب أن تكون خصائص الفعل قائمة كلمات</translation>
    </message>
    <message>
        <source>verb flag</source>
        <translation>خاصية الفعل</translation>
    </message>
    <message>
        <source>only a verb has flags</source>
        <translation>الخصائص للأفعال وحدها</translation>
    </message>
    <message>
        <source>the project already has the word “{word}” ({kind})</source>
        <translation>في المشروع الكلمة «{word}» من قبل ({kind})</translation>
    </message>
    <message>
        <source>word id</source>
        <translation>رقم الكلمة</translation>
    </message>
    <message>
        <source>there is no attribution word with id {id}</source>
        <translation>لا توجد كلمة إسناد رقمها {id}</translation>
    </message>
</context>
<context>
    <name>DialogText</name>
    <message>
        <source>Annotator</source>
        <translation>المُرمِّز</translation>
    </message>
    <message>
        <source>Your name (recorded on each claim you mark):</source>
        <translation>اسمك (يُسجَّل مع كل ادعاء تحدّده):</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Nisba project (*{suffix})</source>
        <translation>مشروع «نسبة» (*{suffix})</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>Nisba project (*{suffix});;All files (*)</source>
        <translation>مشروع «نسبة» (*{suffix});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>استيراد التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON or Nisba project (*.json *.jsonld *.nisba);;All files (*)</source>
        <translation>ملف JSON بصيغة W3C Web Annotation أو مشروع «نسبة» (*.json *.jsonld *.nisba);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import of annotations failed</source>
        <translation>تعذّر استيراد التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>About Nisba</source>
        <translation>عن «نسبة»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nisba&lt;/b&gt; (نسبة, “attribution”)&lt;br&gt;Highlight the claims in news articles and attribute each to its source.&lt;br&gt;&lt;br&gt;Project: {path}</source>
        <translation>&lt;b&gt;نسبة&lt;/b&gt;&lt;br&gt;تظليل الادعاءات في المقالات الإخبارية ونسبة كلٍّ منها إلى مصدره.&lt;br&gt;&lt;br&gt;المشروع: {path}</translation>
    </message>
    <message>
        <source>Server projects</source>
        <translation>مشاريع على خوادم</translation>
    </message>
    <message>
        <source>(no other project yet)</source>
        <translation>(لا يوجد مشروع آخر بعد)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;مسح القائمة</translation>
    </message>
</context>
<context>
    <name>EditingText</name>
    <message>
        <source>Select a claim first.</source>
        <translation>حدِّد ادعاءً أولًا.</translation>
    </message>
    <message>
        <source>Quote type: {type}</source>
        <translation>نوع الاقتباس: {type}</translation>
    </message>
    <message>
        <source>Change labels</source>
        <translation>تغيير الوسوم</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <source>Label name (e.g. verifiable, opinion, statistic):</source>
        <translation>اسم الوسم (مثل: قابل للتحقق، رأي، إحصاء):</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Add a source to the chain</source>
        <translation>إضافة مصدر إلى السلسلة</translation>
    </message>
    <message>
        <source>Add source to chain</source>
        <translation>إضافة مصدر إلى السلسلة</translation>
    </message>
    <message>
        <source>Remove source from chain</source>
        <translation>إزالة مصدر من السلسلة</translation>
    </message>
    <message>
        <source>Reorder chain</source>
        <translation>إعادة ترتيب السلسلة</translation>
    </message>
    <message>
        <source>Select the mention in the text first.</source>
        <translation>ظلِّل ذكر المصدر في النص أولًا.</translation>
    </message>
    <message>
        <source>Select the cue in the text first.</source>
        <translation>ظلِّل عبارة الإسناد في النص أولًا.</translation>
    </message>
    <message>
        <source>the claim has no source yet: add one to the chain first</source>
        <translation>لا مصدر للادعاء بعد: أضف مصدرًا إلى السلسلة أولًا</translation>
    </message>
    <message>
        <source>Mark mention</source>
        <translation>تحديد ذكر المصدر</translation>
    </message>
    <message>
        <source>Mark cue</source>
        <translation>تحديد عبارة الإسناد</translation>
    </message>
    <message>
        <source>Select the claim&apos;s new text first.</source>
        <translation>ظلِّل النص الجديد للادعاء أولًا.</translation>
    </message>
    <message>
        <source>Change claim boundaries</source>
        <translation>تغيير حدود الادعاء</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنَّف Excel ‏(.xlsx)</translation>
    </message>
    <message>
        <source>CSV of the claims, UTF-8 (.csv)</source>
        <translation>ملف CSV للادعاءات، بترميز UTF-8 ‏(.csv)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON (.json)</source>
        <translation>JSON بصيغة W3C Web Annotation ‏(.json)</translation>
    </message>
    <message>
        <source>REFI-QDA project for QualCoder, MAXQDA, NVivo, ATLAS.ti (.qdpx)</source>
        <translation>مشروع REFI-QDA لبرامج QualCoder وMAXQDA وNVivo وATLAS.ti (.qdpx)</translation>
    </message>
    <message>
        <source>Export claims</source>
        <translation>تصدير الادعاءات</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Selected articles ({n})</source>
        <translation>المقالات المحدَّدة ({n})</translation>
    </message>
    <message>
        <source>Articles marked done ({n})</source>
        <translation>المقالات المنجزة ({n})</translation>
    </message>
    <message>
        <source>Add the text before and after each claim</source>
        <translation>إضافة النص السابق لكل ادعاء واللاحق له</translation>
    </message>
    <message>
        <source>Only claims accepted as final (curated)</source>
        <translation>الادعاءات المعتمدة نهائيًا فقط (بعد المراجعة)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>المقالات:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Column headers:</source>
        <translation>عناوين الأعمدة:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.

Replace it? The earlier export will be lost.</source>
        <translation>الملف {name} موجود من قبل في {folder}.

أتريد استبداله؟ سيضيع التصدير السابق.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Choose another name</source>
        <translation>اختيار اسم آخر</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <source>English (for scripts)</source>
        <translation>الإنجليزية (للبرامج النصية)</translation>
    </message>
    <message>
        <source>Interface language (العربية)</source>
        <translation>لغة الواجهة (العربية)</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالين</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n claim(s) from {articles} to
{path}</source>
        <translation>
            <numerusform>لم يُصدَّر أي ادعاء من {articles} إلى
{path}</numerusform>
            <numerusform>صُدِّر ادعاء واحد من {articles} إلى
{path}</numerusform>
            <numerusform>صُدِّر ادعاءان من {articles} إلى
{path}</numerusform>
            <numerusform>صُدِّرت %Ln ادعاءات من {articles} إلى
{path}</numerusform>
            <numerusform>صُدِّر %Ln ادعاءً من {articles} إلى
{path}</numerusform>
            <numerusform>صُدِّر %Ln ادعاء من {articles} إلى
{path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting claims…</source>
        <translation>جارٍ تصدير الادعاءات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>No program on this computer is registered to open {kind} files (or it could not be started), so the file was not opened.

It was saved as
{path}</source>
        <translation>لا يوجد على هذا الحاسوب برنامج مسجَّل لفتح ملفات {kind} (أو تعذّر تشغيله)، فلم يُفتح الملف.

حُفظ باسم
{path}</translation>
    </message>
    <message>
        <source>No program on this computer is registered to open such files (or it could not be started), so the file was not opened.

It was saved as
{path}</source>
        <translation>لا يوجد على هذا الحاسوب برنامج مسجَّل لفتح ملفات من هذا النوع (أو تعذّر تشغيله)، فلم يُفتح الملف.

حُفظ باسم
{path}</translation>
    </message>
    <message>
        <source>No file manager on this computer could show the folder.

The file was saved as
{path}</source>
        <translation>لم يتمكّن أي مدير ملفات على هذا الحاسوب من عرض المجلد.

حُفظ الملف باسم
{path}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article (diacritics and letter variants ignored)</source>
        <translation>البحث في المقال (مع تجاهل التشكيل وصور الحروف)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجةً</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} من {total}</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt;&amp;nbsp; Select the claim&apos;s words in the article</source>
        <translation>&lt;b&gt;1&lt;/b&gt;&amp;nbsp; ظلِّل كلمات الادعاء في المقال</translation>
    </message>
    <message>
        <source>&lt;b&gt;2&lt;/b&gt;&amp;nbsp; Press &lt;b&gt;Enter&lt;/b&gt;</source>
        <translation>&lt;b&gt;2&lt;/b&gt;&amp;nbsp; اضغط &lt;b&gt;Enter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;3&lt;/b&gt;&amp;nbsp; Type a few letters of its source and press &lt;b&gt;Enter&lt;/b&gt; (a new name creates it)</source>
        <translation>&lt;b&gt;3&lt;/b&gt;&amp;nbsp; اكتب بضعة أحرف من اسم مصدره واضغط &lt;b&gt;Enter&lt;/b&gt; (الاسم الجديد يُنشئ مصدرًا)</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>فهمت</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>No claims to count</source>
        <translation>لا ادعاءات للعدّ</translation>
    </message>
    <message numerus="yes">
        <source>{outlet} → {source}: %n claim(s)</source>
        <translation>
            <numerusform>{outlet} ← {source}: لا ادعاءات</numerusform>
            <numerusform>{outlet} ← {source}: ادعاء واحد</numerusform>
            <numerusform>{outlet} ← {source}: ادعاءان</numerusform>
            <numerusform>{outlet} ← {source}: %Ln ادعاءات</numerusform>
            <numerusform>{outlet} ← {source}: %Ln ادعاءً</numerusform>
            <numerusform>{outlet} ← {source}: %Ln ادعاء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 مع علامة BOM</translation>
    </message>
    <message>
        <source>Windows-1256 — Arabic, Persian</source>
        <translation>Windows-1256 — العربية، الفارسية</translation>
    </message>
    <message>
        <source>ISO-8859-6 — Arabic</source>
        <translation>ISO-8859-6 — العربية</translation>
    </message>
    <message>
        <source>Windows-1255 — Hebrew</source>
        <translation>Windows-1255 — العبرية</translation>
    </message>
    <message>
        <source>ISO-8859-8 — Hebrew</source>
        <translation>ISO-8859-8 — العبرية</translation>
    </message>
    <message>
        <source>Windows-1252 — Western</source>
        <translation>Windows-1252 — الغربية</translation>
    </message>
    <message>
        <source>ISO-8859-1 — Western</source>
        <translation>ISO-8859-1 — الغربية</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>ملف نصي</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>صفحة ويب</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>الحافظة</translation>
    </message>
    <message>
        <source>Import — {name}</source>
        <translation>استيراد — {name}</translation>
    </message>
    <message>
        <source>Title (empty: “{stem}”, the file&apos;s name)</source>
        <translation>العنوان (إن تُرك فارغًا: «{stem}»، اسم الملف)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet or site name</source>
        <translation>اسم الوسيلة الإعلامية أو الموقع</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>{encoding} (detected)</source>
        <translation>{encoding} (المُكتشَف)</translation>
    </message>
    <message>
        <source>The encoding is a guess: if the text below looks wrong, choose another encoding.</source>
        <translation>الترميز تخمين: إن بدا النص أدناه مشوَّهًا فاختر ترميزًا آخر.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n line(s) of site furniture (struck through in red below)</source>
        <translation>
            <numerusform>إزالة حشو الموقع (المشطوب بالأحمر أدناه)</numerusform>
            <numerusform>إزالة سطر واحد من حشو الموقع (مشطوب بالأحمر أدناه)</numerusform>
            <numerusform>إزالة سطرين من حشو الموقع (مشطوبين بالأحمر أدناه)</numerusform>
            <numerusform>إزالة %Ln أسطر من حشو الموقع (مشطوبة بالأحمر أدناه)</numerusform>
            <numerusform>إزالة %Ln سطرًا من حشو الموقع (مشطوبة بالأحمر أدناه)</numerusform>
            <numerusform>إزالة %Ln سطر من حشو الموقع (مشطوبة بالأحمر أدناه)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>بلا أحرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%Ln أحرف</numerusform>
            <numerusform>%Ln حرفًا</numerusform>
            <numerusform>%Ln حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>بلا أسطر</numerusform>
            <numerusform>سطر واحد</numerusform>
            <numerusform>سطران</numerusform>
            <numerusform>%Ln أسطر</numerusform>
            <numerusform>%Ln سطرًا</numerusform>
            <numerusform>%Ln سطر</numerusform>
        </translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>لغة غير معروفة</translation>
    </message>
    <message>
        <source>Shown as {encoding}. Check the text before importing.</source>
        <translation>معروض بترميز {encoding}. راجع النص قبل الاستيراد.</translation>
    </message>
    <message>
        <source>Published date “{date}” is not a date like 2024-06-20.</source>
        <translation>تاريخ النشر «{date}» ليس تاريخًا بصيغة 2024-06-20.</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>لم يُستورد أي ملف</numerusform>
            <numerusform>استُورد ملف واحد</numerusform>
            <numerusform>استُورد ملفان</numerusform>
            <numerusform>استُوردت %Ln ملفات</numerusform>
            <numerusform>استُورد %Ln ملفًا</numerusform>
            <numerusform>استُورد %Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicates</source>
        <translation>
            <numerusform>لا ملفات مكررة</numerusform>
            <numerusform>تُخطّي ملف واحد مكرر</numerusform>
            <numerusform>تُخطّي ملفان مكرران</numerusform>
            <numerusform>تُخطّيت %Ln ملفات مكررة</numerusform>
            <numerusform>تُخطّي %Ln ملفًا مكررًا</numerusform>
            <numerusform>تُخطّي %Ln ملف مكرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>لم يُرفض أي ملف</numerusform>
            <numerusform>رُفض ملف واحد</numerusform>
            <numerusform>رُفض ملفان</numerusform>
            <numerusform>رُفضت %Ln ملفات</numerusform>
            <numerusform>رُفض %Ln ملفًا</numerusform>
            <numerusform>رُفض %Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review (unsure encoding)</source>
        <translation>
            <numerusform>لا ملفات للمراجعة</numerusform>
            <numerusform>ملف واحد للمراجعة (ترميز غير مؤكد)</numerusform>
            <numerusform>ملفان للمراجعة (ترميز غير مؤكد)</numerusform>
            <numerusform>%Ln ملفات للمراجعة (ترميز غير مؤكد)</numerusform>
            <numerusform>%Ln ملفًا للمراجعة (ترميز غير مؤكد)</numerusform>
            <numerusform>%Ln ملف للمراجعة (ترميز غير مؤكد)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{counts} — of %n file(s)</source>
        <translation>
            <numerusform>{counts} — من دون ملفات</numerusform>
            <numerusform>{counts} — من ملف واحد</numerusform>
            <numerusform>{counts} — من ملفين</numerusform>
            <numerusform>{counts} — من %Ln ملفات</numerusform>
            <numerusform>{counts} — من %Ln ملفًا</numerusform>
            <numerusform>{counts} — من %Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>; cancelled, %n not read</source>
        <translation>
            <numerusform>؛ أُلغي</numerusform>
            <numerusform>؛ أُلغي، ولم يُقرأ ملف واحد</numerusform>
            <numerusform>؛ أُلغي، ولم يُقرأ ملفان</numerusform>
            <numerusform>؛ أُلغي، ولم تُقرأ %Ln ملفات</numerusform>
            <numerusform>؛ أُلغي، ولم يُقرأ %Ln ملفًا</numerusform>
            <numerusform>؛ أُلغي، ولم يُقرأ %Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>المستورَد:</translation>
    </message>
    <message>
        <source>{path} → article {id}: {title}</source>
        <translation>{path} ← المقال {id}: {title}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Skipped (already in the project):</source>
        <translation>المتخطّى (موجود في المشروع):</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>المرفوض:</translation>
    </message>
    <message>
        <source>Not imported yet — the encoding is a guess; review each:</source>
        <translation>لم يُستورد بعد — الترميز تخمين؛ راجع كل ملف:</translation>
    </message>
    <message>
        <source>{file} (looks like {encoding})</source>
        <translation>{file} (يبدو أنه {encoding})</translation>
    </message>
    <message>
        <source>Site furniture removed before storing:</source>
        <translation>حشو الموقع الذي أُزيل قبل الحفظ:</translation>
    </message>
    <message>
        <source>Site furniture found and kept (import the file alone, or tick File → Remove site furniture…):</source>
        <translation>حشو موقع وُجد وأُبقي عليه (استورد الملف وحده، أو فعِّل ملف ← إزالة حشو الموقع…):</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>بلا أسطر</numerusform>
            <numerusform>سطر واحد</numerusform>
            <numerusform>سطران</numerusform>
            <numerusform>%Ln أسطر</numerusform>
            <numerusform>%Ln سطرًا</numerusform>
            <numerusform>%Ln سطر</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: could not be read ({error})</source>
        <translation>{path}: تعذّرت قراءته ({error})</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>جارٍ قراءة الملفات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation>استيراد المقالات</translation>
    </message>
    <message>
        <source>Imported {done} of {total}: {name}</source>
        <translation>استُورد {done} من {total}: {name}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>Review %n file(s)…</source>
        <translation>
            <numerusform>مراجعة…</numerusform>
            <numerusform>مراجعة ملف واحد…</numerusform>
            <numerusform>مراجعة ملفين…</numerusform>
            <numerusform>مراجعة %Ln ملفات…</numerusform>
            <numerusform>مراجعة %Ln ملفًا…</numerusform>
            <numerusform>مراجعة %Ln ملف…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Articles (*.txt *.text *.html *.htm *.docx);;Web pages (*.html *.htm);;Word documents (*.docx);;Text files (*.txt *.text);;All files (*)</source>
        <translation>المقالات (*.txt *.text *.html *.htm *.docx);;صفحات الويب (*.html *.htm);;مستندات Word ‏(*.docx);;الملفات النصية (*.txt *.text);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>An import is still running; try again when it has finished.</source>
        <translation>ما زال استيراد قيد التنفيذ؛ حاول مجددًا بعد انتهائه.</translation>
    </message>
    <message>
        <source>No articles to import there (.txt, .html, .htm and .docx files are).</source>
        <translation>لا توجد هناك مقالات للاستيراد (المقالات هي ملفات ‎.txt و‎.html و‎.htm و‎.docx).</translation>
    </message>
    <message>
        <source>Paste as new article</source>
        <translation>لصق كمقال جديد</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>لم يُستورد: {reason}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Nisba starts.</source>
        <translation>تسري اللغة الجديدة في المرة القادمة التي يبدأ فيها «نسبة».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nisba — {name}</source>
        <translation>نسبة — {name}</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
</context>
<context>
    <name>MainWindowBase</name>
    <message>
        <source>Nisba — {name}</source>
        <translation>نسبة — {name}</translation>
    </message>
    <message>
        <source>Could not delete the claim</source>
        <translation>تعذّر حذف الادعاء</translation>
    </message>
    <message>
        <source>Select a claim to delete, in the list or in the text.</source>
        <translation>حدِّد ادعاءً لحذفه، في القائمة أو في النص.</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>Select the text of the claim first.</source>
        <translation>ظلِّل نص الادعاء أولًا.</translation>
    </message>
    <message>
        <source>Could not mark the claim</source>
        <translation>تعذّر تحديد الادعاء</translation>
    </message>
    <message>
        <source>Mark claim with new source “{name}”</source>
        <translation>تحديد ادعاء بمصدر جديد «{name}»</translation>
    </message>
    <message>
        <source>Could not create the source</source>
        <translation>تعذّر إنشاء المصدر</translation>
    </message>
    <message>
        <source>There is no recent source {n} yet.</source>
        <translation>لا يوجد بعدُ مصدر حديث رقم {n}.</translation>
    </message>
    <message>
        <source>{n}  (none yet)</source>
        <translation>{n}  (لا شيء بعد)</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>No sources to show</source>
        <translation>لا مصادر للعرض</translation>
    </message>
</context>
<context>
    <name>OpeningText</name>
    <message>
        <source>Cannot open project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>Newest: {backup}.
Restoring keeps the current file as it is, as a safety copy in the backups folder.</source>
        <translation>الأحدث: {backup}.
الاسترجاع يحتفظ بالملف الحالي كما هو، نسخةَ أمان في مجلد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>استرجاع أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>اختيار نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>تعذّر الاسترجاع</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>Overview — {name}</source>
        <translation>نظرة عامة — {name}</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Articles selected in the list</source>
        <translation>المقالات المحدَّدة في القائمة</translation>
    </message>
    <message>
        <source>Articles marked done</source>
        <translation>المقالات المنجزة</translation>
    </message>
    <message>
        <source>Curated claims only</source>
        <translation>الادعاءات المعتمدة فقط</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>لكل شهر</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>لكل أسبوع</translation>
    </message>
    <message>
        <source>By source kind</source>
        <translation>حسب نوع المصدر</translation>
    </message>
    <message>
        <source>By quote type</source>
        <translation>حسب نوع الاقتباس</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>تصدير الصورة…</translation>
    </message>
    <message>
        <source>Claims per source</source>
        <translation>الادعاءات لكل مصدر</translation>
    </message>
    <message>
        <source>Attributions per source kind</source>
        <translation>الإسنادات لكل نوع مصدر</translation>
    </message>
    <message>
        <source>Claims per quote type</source>
        <translation>الادعاءات لكل نوع اقتباس</translation>
    </message>
    <message>
        <source>Claims per outlet</source>
        <translation>الادعاءات لكل وسيلة إعلامية</translation>
    </message>
    <message>
        <source>Claims per label</source>
        <translation>الادعاءات لكل وسم</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Source kinds</source>
        <translation>أنواع المصادر</translation>
    </message>
    <message>
        <source>Quote types</source>
        <translation>أنواع الاقتباس</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>الوسائل الإعلامية</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>How often each outlet attributes to each source</source>
        <translation>كم مرة تنسب كل وسيلة إعلامية إلى كل مصدر</translation>
    </message>
    <message>
        <source>(no outlet)</source>
        <translation>(بلا وسيلة إعلامية)</translation>
    </message>
    <message>
        <source>Who relays whom</source>
        <translation>من ينقل عمّن</translation>
    </message>
    <message>
        <source>Claims over time (publication date)</source>
        <translation>الادعاءات عبر الزمن (تاريخ النشر)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Outlets × sources</source>
        <translation>الوسائل × المصادر</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>عبر الزمن</translation>
    </message>
    <message>
        <source>{a} relays {b}: {n} claims</source>
        <translation>{a} ينقل عن {b}: عدد الادعاءات {n}</translation>
    </message>
    <message>
        <source>{a}: {n} claims</source>
        <translation>{a}: عدد الادعاءات {n}</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>كل المُرمِّزين</translation>
    </message>
    <message>
        <source>Other outlets</source>
        <translation>وسائل أخرى</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>مصادر أخرى</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(بلا وسم)</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(بلا مصدر)</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>تصدير الصورة</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>OwnerText</name>
    <message>
        <source>Restore failed</source>
        <translation>تعذّر الاسترجاع</translation>
    </message>
    <message>
        <source>The project is reopened as it was.</source>
        <translation>أُعيد فتح المشروع كما كان.</translation>
    </message>
    <message>
        <source>Cannot reopen the project</source>
        <translation>تعذّرت إعادة فتح المشروع</translation>
    </message>
    <message>
        <source>Restored {backup}. The replaced file was kept as {safety} in the backups folder.</source>
        <translation>استُرجعت {backup}. حُفظ الملف المستبدَل باسم {safety} في مجلد النسخ الاحتياطية.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message numerus="yes">
        <source>{status}: %n article(s)</source>
        <translation>
            <numerusform>{status}: لا مقالات</numerusform>
            <numerusform>{status}: مقال واحد</numerusform>
            <numerusform>{status}: مقالان</numerusform>
            <numerusform>{status}: %Ln مقالات</numerusform>
            <numerusform>{status}: %Ln مقالًا</numerusform>
            <numerusform>{status}: %Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims made per session</source>
        <translation>الادعاءات المُنشأة في كل جلسة</translation>
    </message>
    <message>
        <source>No highlighting sessions</source>
        <translation>لا جلسات تظليل</translation>
    </message>
    <message numerus="yes">
        <source>{session}: %n claim(s)</source>
        <translation>
            <numerusform>{session}: لا ادعاءات</numerusform>
            <numerusform>{session}: ادعاء واحد</numerusform>
            <numerusform>{session}: ادعاءان</numerusform>
            <numerusform>{session}: %Ln ادعاءات</numerusform>
            <numerusform>{session}: %Ln ادعاءً</numerusform>
            <numerusform>{session}: %Ln ادعاء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectClaimsModel</name>
    <message>
        <source>Article {id}</source>
        <translation>المقال {id}</translation>
    </message>
    <message>
        <source>{count}+ claims in all articles</source>
        <translation>أكثر من {count} ادعاء في كل المقالات</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) in all articles</source>
        <translation>
            <numerusform>لا ادعاءات في كل المقالات</numerusform>
            <numerusform>ادعاء واحد في كل المقالات</numerusform>
            <numerusform>ادعاءان في كل المقالات</numerusform>
            <numerusform>%Ln ادعاءات في كل المقالات</numerusform>
            <numerusform>%Ln ادعاءً في كل المقالات</numerusform>
            <numerusform>%Ln ادعاء في كل المقالات</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim matches</source>
        <translation>لا يوجد ادعاء مطابق</translation>
    </message>
</context>
<context>
    <name>QdaImportDialog</name>
    <message>
        <source>Import project — {name}</source>
        <translation>استيراد مشروع — {name}</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>الأحرف</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>In this project</source>
        <translation>في هذا المشروع</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>المواضع</translation>
    </message>
    <message>
        <source>Code folder</source>
        <translation>مجلد الرموز</translation>
    </message>
    <message>
        <source>Its codes become</source>
        <translation>تصبح رموزه</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>يصبح</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Code folders:</source>
        <translation>مجلدات الرموز:</translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation>الرموز:</translation>
    </message>
    <message>
        <source>Not placed, not read, not proven:</source>
        <translation>ما لم يُوضع أو لم يُقرأ أو لم يثبت:</translation>
    </message>
    <message>
        <source>mention and cue markers</source>
        <translation>علامات ذكر المصدر وعبارة الإسناد</translation>
    </message>
    <message>
        <source>Written by {tool}</source>
        <translation>كتبه {tool}</translation>
    </message>
    <message>
        <source>an unnamed tool</source>
        <translation>برنامج غير مسمى</translation>
    </message>
    <message>
        <source>yes (article {id})</source>
        <translation>نعم (المقال {id})</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>{reading} (not proven)</source>
        <translation>{reading} (غير مثبت)</translation>
    </message>
    <message>
        <source>already here</source>
        <translation>موجود هنا</translation>
    </message>
    <message>
        <source>not placed: {what}</source>
        <translation>لم يُوضع: {what}</translation>
    </message>
    <message>
        <source>not read: {what}</source>
        <translation>لم يُقرأ: {what}</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <source>Import project (REFI-QDA)</source>
        <translation>استيراد مشروع (REFI-QDA)</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx);;All files (*)</source>
        <translation>مشروع REFI-QDA (*.qdpx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import of project failed</source>
        <translation>تعذّر استيراد المشروع</translation>
    </message>
    <message>
        <source>Import project</source>
        <translation>استيراد مشروع</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore {name} from a backup</source>
        <translation>استرجاع {name} من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose the state to go back to. The current file is kept first, as a “Before a restore” backup, so a restore can itself be undone.</source>
        <translation>اختر الحالة التي تريد العودة إليها. يُحتفظ بالملف الحالي أولًا نسخةً احتياطية «قبل استرجاع»، فيمكن التراجع عن الاسترجاع نفسه.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>أُنشئت في</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} ك.ب</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استرجاع</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>The session could not be recorded: {reason}</source>
        <translation>تعذّر تسجيل الجلسة: {reason}</translation>
    </message>
    <message>
        <source>Annotating as “{name}”. Each claim you mark records this name.</source>
        <translation>تُرمِّز باسم «{name}». يُسجَّل هذا الاسم مع كل ادعاء تحدّده.</translation>
    </message>
    <message>
        <source>Change name…</source>
        <translation>تغيير الاسم…</translation>
    </message>
    <message>
        <source>That&apos;s me</source>
        <translation>هذا أنا</translation>
    </message>
    <message>
        <source>Nobody (normal view)</source>
        <translation>لا أحد (العرض العادي)</translation>
    </message>
    <message>
        <source>(no other annotator has marked claims)</source>
        <translation>(لم يحدّد أي مُرمِّز آخر ادعاءات)</translation>
    </message>
    <message>
        <source>Comparing: {me} (purple) with {other} (orange); </source>
        <translation>مقارنة: {me} (بنفسجي) مع {other} (برتقالي)؛ </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) only one of them marked (red wavy underline)</source>
        <translation>
            <numerusform>لا ادعاءات حدّدها أحدهما فقط</numerusform>
            <numerusform>ادعاء واحد حدّده أحدهما فقط (خط أحمر متموّج)</numerusform>
            <numerusform>ادعاءان حدّدهما أحدهما فقط (خط أحمر متموّج)</numerusform>
            <numerusform>%Ln ادعاءات حدّدها أحدهما فقط (خط أحمر متموّج)</numerusform>
            <numerusform>%Ln ادعاءً حدّده أحدهما فقط (خط أحمر متموّج)</numerusform>
            <numerusform>%Ln ادعاء حدّده أحدهما فقط (خط أحمر متموّج)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the claim</source>
        <translation>تعذّر تغيير الادعاء</translation>
    </message>
</context>
<context>
    <name>SafetyText</name>
    <message>
        <source>Nisba — {name} (read-only)</source>
        <translation>نسبة — {name} (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed in this window</source>
        <translation>للقراءة فقط: لا يمكن تغيير أي شيء في هذه النافذة</translation>
    </message>
    <message>
        <source>Automatic backup failed: {reason}</source>
        <translation>تعذّر النسخ الاحتياطي التلقائي: {reason}</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Nisba project (*{suffix})</source>
        <translation>مشروع «نسبة» (*{suffix})</translation>
    </message>
    <message>
        <source>Save a copy failed</source>
        <translation>تعذّر حفظ النسخة</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>حُفظت نسخة في {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاسترجاع من نسخة احتياطية</translation>
    </message>
    <message>
        <source>{name} has no backups yet. One is made each time the project is opened after a change, and every few minutes while you work.</source>
        <translation>لا توجد بعدُ نسخ احتياطية لـ{name}. تُنشأ نسخة كلما فُتح المشروع بعد تغيير، وكل بضع دقائق أثناء العمل.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open server project</source>
        <translation>فتح مشروع على خادم</translation>
    </message>
    <message>
        <source>(type the address below)</source>
        <translation>(اكتب العنوان أدناه)</translation>
    </message>
    <message>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org (فارغ: هذا الحاسوب)</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>اسم المستخدم الخاص بك على الخادم</translation>
    </message>
    <message>
        <source>The password is never stored by Nisba: put it in your password file (~/.pgpass) or a service file, or type it when the server asks.</source>
        <translation>لا تحفظ نسبة كلمة المرور أبدًا: ضعها في ملف كلمات المرور (‎~/.pgpass‎) أو في ملف خدمة، أو اكتبها حين يطلبها الخادم.</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>الأخيرة:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <source>TLS (sslmode):</source>
        <translation>TLS ‏(sslmode):</translation>
    </message>
    <message>
        <source>Cannot open server project</source>
        <translation>تعذّر فتح المشروع على الخادم</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>كلمة مرور الخادم</translation>
    </message>
    <message>
        <source>Password for {where} (not stored):</source>
        <translation>كلمة المرور لـ {where} (لا تُحفظ):</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>{n} s</source>
        <translation>{n} ث</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} س {min} د</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} د</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>Highlighting sessions</source>
        <translation>جلسات التظليل</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>لا جلسات</numerusform>
            <numerusform>جلسة واحدة</numerusform>
            <numerusform>جلستان</numerusform>
            <numerusform>%Ln جلسات</numerusform>
            <numerusform>%Ln جلسةً</numerusform>
            <numerusform>%Ln جلسة</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} on articles</source>
        <translation>{time} على المقالات</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) made</source>
        <translation>
            <numerusform>لم يُحدَّد أي ادعاء</numerusform>
            <numerusform>حُدِّد ادعاء واحد</numerusform>
            <numerusform>حُدِّد ادعاءان</numerusform>
            <numerusform>حُدِّدت %Ln ادعاءات</numerusform>
            <numerusform>حُدِّد %Ln ادعاءً</numerusform>
            <numerusform>حُدِّد %Ln ادعاء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>(no article)</source>
        <translation>(بلا مقال)</translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation>{time} بالتوقيت العالمي</translation>
    </message>
    <message>
        <source> (interrupted: last action)</source>
        <translation> (منقطعة: آخر إجراء)</translation>
    </message>
    <message>
        <source>The session was not closed (the app stopped); it ends at its last recorded action.</source>
        <translation>لم تُغلق الجلسة (توقف البرنامج)؛ تنتهي عند آخر إجراء مسجَّل فيها.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <source>Mark with recent source 1–9</source>
        <translation>الإسناد إلى المصادر الحديثة 1–9</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation>تحرير المصدر</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <source>One alias per line, in any script: بوتين / فلاديمير بوتين / Vladimir Putin</source>
        <translation>اسم بديل في كل سطر، بأي كتابة: بوتين / فلاديمير بوتين / Vladimir Putin</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>الأسماء البديلة:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>اللون:</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>لون التظليل</translation>
    </message>
</context>
<context>
    <name>SourceMatchesModel</name>
    <message>
        <source>+ New source: {name}</source>
        <translation>+ مصدر جديد: {name}</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <source>Attribute claim to source</source>
        <translation>نسبة الادعاء إلى مصدر</translation>
    </message>
    <message>
        <source>Type a source name or alias (e.g. The Hill, بوتين)</source>
        <translation>اكتب اسم المصدر أو اسمًا بديلًا له (مثل The Hill، بوتين)</translation>
    </message>
    <message>
        <source>Kind of a new source</source>
        <translation>نوع المصدر الجديد</translation>
    </message>
    <message>
        <source>Kind of a new source:</source>
        <translation>نوع المصدر الجديد:</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Show its claims</source>
        <translation>عرض ادعاءاته</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>تحرير المصدر</translation>
    </message>
    <message>
        <source>Merge sources</source>
        <translation>دمج المصادر</translation>
    </message>
    <message>
        <source>Select the two sources to merge (Ctrl+click).</source>
        <translation>حدِّد المصدرين المراد دمجهما (Ctrl+نقرة).</translation>
    </message>
    <message>
        <source>Keep which source? The other&apos;s claims move to it.</source>
        <translation>أيّ المصدرين يبقى؟ تنتقل إليه ادعاءات الآخر.</translation>
    </message>
    <message>
        <source>Merge “{name}”</source>
        <translation>دمج «{name}»</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>حذف المصدر</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is attributed %n claim(s). What should happen to them?</source>
        <translation>
            <numerusform>لا ادعاءات منسوبة إلى «{name}».</numerusform>
            <numerusform>يُنسب إلى «{name}» ادعاء واحد. ماذا تريد أن يحدث له؟</numerusform>
            <numerusform>يُنسب إلى «{name}» ادعاءان. ماذا تريد أن يحدث لهما؟</numerusform>
            <numerusform>يُنسب إلى «{name}» %Ln ادعاءات. ماذا تريد أن يحدث لها؟</numerusform>
            <numerusform>يُنسب إلى «{name}» %Ln ادعاءً. ماذا تريد أن يحدث لها؟</numerusform>
            <numerusform>يُنسب إلى «{name}» %Ln ادعاء. ماذا تريد أن يحدث لها؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the claims, without this source</source>
        <translation>الإبقاء على الادعاءات، من دون هذا المصدر</translation>
    </message>
    <message>
        <source>Delete the claims too</source>
        <translation>حذف الادعاءات أيضًا</translation>
    </message>
    <message>
        <source>Delete source “{name}”</source>
        <translation>حذف المصدر «{name}»</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Nisba: unexpected error</source>
        <translation>نسبة: خطأ غير متوقَّع</translation>
    </message>
    <message>
        <source>Something went wrong that Nisba did not expect:

{error}

What is saved stays saved (each action is committed on its own).</source>
        <translation>حدث خطأ لم يتوقعه «نسبة»:

{error}

ما حُفظ يبقى محفوظًا (يُثبَّت كل إجراء على حدة).</translation>
    </message>
    <message>
        <source>Upgrading the project to this version of Nisba (once; a large project takes a few seconds)…</source>
        <translation>جارٍ ترقية المشروع إلى هذا الإصدار من «نسبة» (مرة واحدة؛ يستغرق المشروع الكبير بضع ثوانٍ)…</translation>
    </message>
    <message>
        <source>Nisba cannot start</source>
        <translation>تعذّر بدء «نسبة»</translation>
    </message>
</context>
<context>
    <name>StartupFrame</name>
    <message>
        <source>{name} — Nisba</source>
        <translation>{name} — نسبة</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>جارٍ فتح {name}…</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>بلا أحرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%Ln أحرف</numerusform>
            <numerusform>%Ln حرفًا</numerusform>
            <numerusform>%Ln حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>لا ادعاءات</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
    <message>
        <source>annotator: {name}</source>
        <translation>المُرمِّز: {name}</translation>
    </message>
</context>
<context>
    <name>SuggestionText</name>
    <message>
        <source>(source not named)</source>
        <translation>(مصدر غير مسمى)</translation>
    </message>
    <message>
        <source>{n}%</source>
        <translation>{n}٪</translation>
    </message>
    <message>
        <source>Cue: {cue}</source>
        <translation>عبارة الإسناد: {cue}</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>No suggestions: {why}</source>
        <translation>لا اقتراحات: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested attribution(s): Tab goes to the next, Enter accepts, X rejects</source>
        <translation>
            <numerusform>لا إسنادات مقترحة: Tab للتالي، وEnter للقبول، وX للرفض</numerusform>
            <numerusform>إسناد مقترح واحد: Tab للتالي، وEnter للقبول، وX للرفض</numerusform>
            <numerusform>إسنادان مقترحان: Tab للتالي، وEnter للقبول، وX للرفض</numerusform>
            <numerusform>%Ln إسنادات مقترحة: Tab للتالي، وEnter للقبول، وX للرفض</numerusform>
            <numerusform>%Ln إسنادًا مقترحًا: Tab للتالي، وEnter للقبول، وX للرفض</numerusform>
            <numerusform>%Ln إسناد مقترح: Tab للتالي، وEnter للقبول، وX للرفض</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggested attributions left in this article.</source>
        <translation>لم يبقَ في هذا المقال إسناد مقترح.</translation>
    </message>
    <message>
        <source>(source not named)</source>
        <translation>(مصدر غير مسمى)</translation>
    </message>
    <message>
        <source>Suggested: {source} — {claim}</source>
        <translation>مقترح: {source} — {claim}</translation>
    </message>
    <message>
        <source>Could not reject the suggestion</source>
        <translation>تعذّر رفض الاقتراح</translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation>قبول كل الاقتراحات</translation>
    </message>
    <message numerus="yes">
        <source>Make all %n suggested attribution(s) of this article claims? (Ctrl+Z undoes it.)</source>
        <translation>
            <numerusform>لا إسنادات مقترحة لتحويلها إلى ادعاءات. (Ctrl+Z للتراجع)</numerusform>
            <numerusform>تحويل الإسناد المقترح الوحيد في هذا المقال إلى ادعاء؟ (Ctrl+Z للتراجع)</numerusform>
            <numerusform>تحويل الإسنادين المقترحين في هذا المقال إلى ادعاءين؟ (Ctrl+Z للتراجع)</numerusform>
            <numerusform>تحويل الإسنادات المقترحة الـ%Ln في هذا المقال إلى ادعاءات؟ (Ctrl+Z للتراجع)</numerusform>
            <numerusform>تحويل الـ%Ln إسنادًا مقترحًا في هذا المقال إلى ادعاءات؟ (Ctrl+Z للتراجع)</numerusform>
            <numerusform>تحويل الـ%Ln إسناد مقترح في هذا المقال إلى ادعاءات؟ (Ctrl+Z للتراجع)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>قبول الكل</translation>
    </message>
    <message>
        <source>Accept the suggestions of this source</source>
        <translation>قبول اقتراحات هذا المصدر</translation>
    </message>
    <message>
        <source>Create and accept</source>
        <translation>إنشاء وقبول</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s) of this source?</source>
        <translation>
            <numerusform>لا اقتراحات لهذا المصدر.</numerusform>
            <numerusform>قبول الاقتراح الوحيد لهذا المصدر؟</numerusform>
            <numerusform>قبول اقتراحَي هذا المصدر؟</numerusform>
            <numerusform>قبول اقتراحات هذا المصدر الـ%Ln؟</numerusform>
            <numerusform>قبول الـ%Ln اقتراحًا لهذا المصدر؟</numerusform>
            <numerusform>قبول الـ%Ln اقتراح لهذا المصدر؟</numerusform>
        </translation>
    </message>
    <message>
        <source>New source</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <source>Nothing accepted.</source>
        <translation>لم يُقبل شيء.</translation>
    </message>
    <message>
        <source>Could not accept the suggestion</source>
        <translation>تعذّر قبول الاقتراح</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s).</source>
        <translation>
            <numerusform>لم يُقبل أي اقتراح.</numerusform>
            <numerusform>قُبل اقتراح واحد.</numerusform>
            <numerusform>قُبل اقتراحان.</numerusform>
            <numerusform>قُبلت %Ln اقتراحات.</numerusform>
            <numerusform>قُبل %Ln اقتراحًا.</numerusform>
            <numerusform>قُبل %Ln اقتراح.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsSection</name>
    <message>
        <source>Show or fold the list of suggested attributions</source>
        <translation>إظهار قائمة الإسنادات المقترحة أو طيّها</translation>
    </message>
    <message>
        <source>Suggestions ({n})</source>
        <translation>الاقتراحات ({n})</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>Connection to the server lost: reconnecting… Changes are refused until it is back.</source>
        <translation>انقطع الاتصال بالخادم: تجري إعادة الاتصال… تُرفض التغييرات حتى يعود.</translation>
    </message>
    <message>
        <source>Reconnected to the server; the window was read again (others&apos; changes meanwhile included).</source>
        <translation>عاد الاتصال بالخادم؛ وأُعيدت قراءة النافذة (بما فيها تغييرات الآخرين في أثناء الانقطاع).</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message numerus="yes">
        <source>%n claim(s) of undated articles not shown</source>
        <translation>
            <numerusform>لا ادعاءات في مقالات بلا تاريخ</numerusform>
            <numerusform>ادعاء واحد في مقال بلا تاريخ غير معروض</numerusform>
            <numerusform>ادعاءان في مقالات بلا تاريخ غير معروضين</numerusform>
            <numerusform>%Ln ادعاءات في مقالات بلا تاريخ غير معروضة</numerusform>
            <numerusform>%Ln ادعاءً في مقالات بلا تاريخ غير معروض</numerusform>
            <numerusform>%Ln ادعاء في مقالات بلا تاريخ غير معروض</numerusform>
        </translation>
    </message>
    <message>
        <source>No dated claims</source>
        <translation>لا ادعاءات مؤرَّخة</translation>
    </message>
    <message numerus="yes">
        <source>{period} · {series}: %n claim(s)</source>
        <translation>
            <numerusform>{period} | {series}: لا ادعاءات</numerusform>
            <numerusform>{period} | {series}: ادعاء واحد</numerusform>
            <numerusform>{period} | {series}: ادعاءان</numerusform>
            <numerusform>{period} | {series}: %Ln ادعاءات</numerusform>
            <numerusform>{period} | {series}: %Ln ادعاءً</numerusform>
            <numerusform>{period} | {series}: %Ln ادعاء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>Nothing was changed</source>
        <translation>لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{step} could not be done:
{reason}

Nothing was changed.</source>
        <translation>تعذّر تنفيذ «{step}»:
{reason}

لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>UndoLabels</name>
    <message>
        <source>Mark claim</source>
        <translation>تحديد ادعاء</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>حذف ادعاء</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>تحرير المصدر</translation>
    </message>
    <message>
        <source>Merge sources</source>
        <translation>دمج المصادر</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>حذف المصدر</translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>حذف وسم</translation>
    </message>
    <message>
        <source>Edit attribution chain</source>
        <translation>تحرير سلسلة الإسناد</translation>
    </message>
    <message>
        <source>Set labels</source>
        <translation>تعيين الوسوم</translation>
    </message>
    <message>
        <source>Accept claim as final</source>
        <translation>اعتماد الادعاء نهائيًا</translation>
    </message>
    <message>
        <source>Un-accept claim</source>
        <translation>إلغاء اعتماد الادعاء</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>تحرير المقال</translation>
    </message>
    <message>
        <source>Set claim boundaries</source>
        <translation>تعيين حدود الادعاء</translation>
    </message>
    <message>
        <source>Set quote type</source>
        <translation>تعيين نوع الاقتباس</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Add article</source>
        <translation>إضافة مقال</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <source>Mark claim “{name}”</source>
        <translation>تحديد الادعاء «{name}»</translation>
    </message>
    <message>
        <source>Delete claim “{name}”</source>
        <translation>حذف الادعاء «{name}»</translation>
    </message>
    <message>
        <source>Edit source “{name}”</source>
        <translation>تحرير المصدر «{name}»</translation>
    </message>
    <message>
        <source>Import annotations from “{name}”</source>
        <translation>استيراد التعليقات التوضيحية من «{name}»</translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <translation>استيراد «{name}»</translation>
    </message>
    <message>
        <source>New source “{name}”</source>
        <translation>مصدر جديد «{name}»</translation>
    </message>
    <message>
        <source>New label “{name}”</source>
        <translation>وسم جديد «{name}»</translation>
    </message>
    <message>
        <source>Add article “{name}”</source>
        <translation>إضافة المقال «{name}»</translation>
    </message>
    <message>
        <source>Reject suggestion “{name}”</source>
        <translation>رفض الاقتراح «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>قبول لا اقتراحات</numerusform>
            <numerusform>قبول اقتراح واحد</numerusform>
            <numerusform>قبول اقتراحين</numerusform>
            <numerusform>قبول %Ln اقتراحات</numerusform>
            <numerusform>قبول %Ln اقتراحًا</numerusform>
            <numerusform>قبول %Ln اقتراح</numerusform>
        </translation>
    </message>
    <message>
        <source>Add attribution word “{name}”</source>
        <translation>إضافة كلمة الإسناد «{name}»</translation>
    </message>
    <message>
        <source>Remove attribution word “{name}”</source>
        <translation>حذف كلمة الإسناد «{name}»</translation>
    </message>
    <message>
        <source>Set article status to {status}</source>
        <translation>تعيين حالة المقال: {status}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>تراجع عن: {step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>إعادة: {step}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>media</source>
        <translation>وسيلة إعلامية</translation>
    </message>
    <message>
        <source>government</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <source>document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>مجهول</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>غير مباشر</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation>غير محدَّد</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <source>suggested, accepted unchanged</source>
        <translation>مقترح، قُبل كما هو</translation>
    </message>
    <message>
        <source>suggested, edited</source>
        <translation>مقترح، عُدِّل بعد قبوله</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>لم يُنجز</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation>منجز ✓</translation>
    </message>
    <message>
        <source>RTL</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>LTR</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source> · </source>
        <translation> | </translation>
    </message>
</context>
</TS>
