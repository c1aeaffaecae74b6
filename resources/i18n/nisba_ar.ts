<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <source>Mark with recent source {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove site &amp;furniture when importing many files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch imports drop section words, &apos;read also&apos;, share and &apos;back to top&apos; lines before storing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export claims to Excel, CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the whole project to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to one of this project&apos;s backups (the current file is kept as a safety copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the clipboard&apos;s text as a new article (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap selections to whole &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen a new claim, mention or cue to whole words (Arabic clitics and diacritics understood)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is annotating: recorded on each new claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected text as a claim and attribute it to a source (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current claim (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add source to chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark source &amp;mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected text names the current claim&apos;s source (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected text is the current claim&apos;s reporting cue, e.g. وقال (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set claim &amp;boundaries to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the current claim&apos;s labels (Space ticks one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark article &amp;done / not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article d&amp;etails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighting &amp;sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement between annotators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;my claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept claim as &amp;final (curated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the three steps of marking a claim again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Western digits (0–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write numbers and dates with 0–9 instead of the language&apos;s own digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Nisba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark with a &amp;recent source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement between annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span agreement: F1 of claims with the same boundaries (exact) or overlapping (each matched once). Source agreement, on the claims both marked: Cohen&apos;s kappa per pair, Krippendorff&apos;s alpha over all annotators (first source of the chain, letter variants folded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article has claims by two or more annotators yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over {annotators}; %n group(s) of overlapping claims</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Article details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>No article open. Import one from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>Article {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} backup of {when} ({claims})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainModel</name>
    <message>
        <source>mention ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cue ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimCells</name>
    <message>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>No claim selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (saved when you leave the field, or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source to the end of the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected source from the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected source earlier in the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected source later in the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention ← selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected text names this source (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue ← selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected text is the reporting cue (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounds ← selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected text the claim (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution chain (first to last)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Claim {id}&lt;/b&gt; · %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsFilterBar</name>
    <message>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the open article&apos;s claims, or search the claims of every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>{type} · final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kappa (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareText</name>
    <message>
        <source>{name} only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogText</name>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (recorded on each claim you mark):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nisba project (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nisba project (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON or Nisba project (*.json *.jsonld *.nisba);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of annotations failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Nisba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nisba&lt;/b&gt; (نسبة, “attribution”)&lt;br&gt;Highlight the claims in news articles and attribute each to its source.&lt;br&gt;&lt;br&gt;Project: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no other project yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV of the claims, UTF-8 (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected articles ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles marked done ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the text before and after each claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only claims accepted as final (curated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (العربية)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article (diacritics and letter variants ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt;&amp;nbsp; Select the claim&apos;s words in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;2&lt;/b&gt;&amp;nbsp; Press &lt;b&gt;Enter&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;3&lt;/b&gt;&amp;nbsp; Type a few letters of its source and press &lt;b&gt;Enter&lt;/b&gt; (a new name creates it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1256 — Arabic, Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-6 — Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1255 — Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-8 — Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 — Western</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-1 — Western</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (empty: “{stem}”, the file&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet or site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{encoding} (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding is a guess: if the text below looks wrong, choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n line(s) of site furniture (struck through in red below)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Shown as {encoding}. Check the text before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published date “{date}” is not a date like 2024-06-20.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review (unsure encoding)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{counts} — of %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; cancelled, %n not read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} → article {id}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (already in the project):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported yet — the encoding is a guess; review each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (looks like {encoding})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site furniture removed before storing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site furniture found and kept (import the file alone, or tick File → Remove site furniture…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: could not be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {done} of {total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Articles (*.txt *.text *.html *.htm *.docx);;Web pages (*.html *.htm);;Word documents (*.docx);;Text files (*.txt *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is still running; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles to import there (.txt, .html, .htm and .docx files are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect the next time Nisba starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nisba — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim to delete, in the list or in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n claim(s) from {articles} to
{path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>Select the text of the claim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark claim with new source “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recent source {n} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}  (none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningText</name>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest: {backup}.
Restoring keeps the current file as it is, as a safety copy in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerText</name>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is reopened as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reopen the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {backup}. The replaced file was kept as {safety} in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectClaimsModel</name>
    <message>
        <source>Article {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}+ claims in all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) in all articles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No claim matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore {name} from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the state to go back to. The current file is kept first, as a “Before a restore” backup, so a restore can itself be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>The session could not be recorded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotating as “{name}”. Each claim you mark records this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (normal view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no other annotator has marked claims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing: {me} (purple) with {other} (orange); </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) only one of them marked (red wavy underline)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyText</name>
    <message>
        <source>Nisba — {name} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nisba project (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no backups yet. One is made each time the project is opened after a change, and every few minutes while you work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>Highlighting sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{time} on articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) made</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>(no article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (interrupted: last action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not closed (the app stopped); it ends at its last recorded action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <source>Mark with recent source 1–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One alias per line, in any script: بوتين / فلاديمير بوتين / Vladimir Putin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceMatchesModel</name>
    <message>
        <source>+ New source: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <source>Attribute claim to source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a source name or alias (e.g. The Hill, بوتين)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of a new source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of a new source:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show its claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the two sources to merge (Ctrl+click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep which source? The other&apos;s claims move to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is attributed %n claim(s). What should happen to them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the claims, without this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the claims too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Nisba: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that Nisba did not expect:

{error}

What is saved stays saved (each action is committed on its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the project to this version of Nisba (once; a large project takes a few seconds)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nisba cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupFrame</name>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} could not be done:
{reason}

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoLabels</name>
    <message>
        <source>Mark claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attribution chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept claim as final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un-accept claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set claim boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set quote type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import annotations from “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add article “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set article status to {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
