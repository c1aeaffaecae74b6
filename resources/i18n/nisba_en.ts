<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgreementModel</name>
    <message numerus="yes">
        <source>Over {annotators}; %n group(s) of overlapping claims</source>
        <translation>
            <numerusform>Over {annotators}; %Ln group of overlapping claims</numerusform>
            <numerusform>Over {annotators}; %Ln groups of overlapping claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message numerus="yes">
        <source>%n other(s) on this article now: {names}</source>
        <translation>
            <numerusform>%Ln other on this article now: {names}</numerusform>
            <numerusform>%Ln others on this article now: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message numerus="yes">
        <source>&lt;b&gt;Claim {id}&lt;/b&gt; · %n character(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Claim {id}&lt;/b&gt; · %Ln character</numerusform>
            <numerusform>&lt;b&gt;Claim {id}&lt;/b&gt; · %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsFilterBar</name>
    <message numerus="yes">
        <source>%n claim(s) chosen in the Overview: {what}</source>
        <translation>
            <numerusform>%Ln claim chosen in the Overview: {what}</numerusform>
            <numerusform>%Ln claims chosen in the Overview: {what}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmText</name>
    <message numerus="yes">
        <source>Accepting adds %n new source(s) to the registry:</source>
        <translation>
            <numerusform>Accepting adds %Ln new source to the registry:</numerusform>
            <numerusform>Accepting adds %Ln new sources to the registry:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n claim(s) from {articles} to
{path}</source>
        <translation>
            <numerusform>Exported %Ln claim from {articles} to
{path}</numerusform>
            <numerusform>Exported %Ln claims from {articles} to
{path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message numerus="yes">
        <source>{outlet} → {source}: %n claim(s)</source>
        <translation>
            <numerusform>{outlet} → {source}: %Ln claim</numerusform>
            <numerusform>{outlet} → {source}: %Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Remove %n line(s) of site furniture (struck through in red below)</source>
        <translation>
            <numerusform>Remove %Ln line of site furniture (struck through in red below)</numerusform>
            <numerusform>Remove %Ln lines of site furniture (struck through in red below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%Ln imported</numerusform>
            <numerusform>%Ln imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicates</source>
        <translation>
            <numerusform>%Ln skipped as duplicates</numerusform>
            <numerusform>%Ln skipped as duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review (unsure encoding)</source>
        <translation>
            <numerusform>%Ln to review (unsure encoding)</numerusform>
            <numerusform>%Ln to review (unsure encoding)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{counts} — of %n file(s)</source>
        <translation>
            <numerusform>{counts} — of %Ln file</numerusform>
            <numerusform>{counts} — of %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; cancelled, %n not read</source>
        <translation>
            <numerusform>; cancelled, %Ln not read</numerusform>
            <numerusform>; cancelled, %Ln not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review %n file(s)…</source>
        <translation>
            <numerusform>Review %Ln file…</numerusform>
            <numerusform>Review %Ln files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message numerus="yes">
        <source>{status}: %n article(s)</source>
        <translation>
            <numerusform>{status}: %Ln article</numerusform>
            <numerusform>{status}: %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{session}: %n claim(s)</source>
        <translation>
            <numerusform>{session}: %Ln claim</numerusform>
            <numerusform>{session}: %Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectClaimsModel</name>
    <message numerus="yes">
        <source>%n claim(s) in all articles</source>
        <translation>
            <numerusform>%Ln claim in all articles</numerusform>
            <numerusform>%Ln claims in all articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message numerus="yes">
        <source>%n claim(s) only one of them marked (red wavy underline)</source>
        <translation>
            <numerusform>%Ln claim only one of them marked (red wavy underline)</numerusform>
            <numerusform>%Ln claims only one of them marked (red wavy underline)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) made</source>
        <translation>
            <numerusform>%Ln claim made</numerusform>
            <numerusform>%Ln claims made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message numerus="yes">
        <source>“{name}” is attributed %n claim(s). What should happen to them?</source>
        <translation>
            <numerusform>“{name}” is attributed %Ln claim. What should happen to them?</numerusform>
            <numerusform>“{name}” is attributed %Ln claims. What should happen to them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message numerus="yes">
        <source>%n suggested attribution(s): Tab goes to the next, Enter accepts, X rejects</source>
        <translation>
            <numerusform>%Ln suggested attribution: Tab goes to the next, Enter accepts, X rejects</numerusform>
            <numerusform>%Ln suggested attributions: Tab goes to the next, Enter accepts, X rejects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make all %n suggested attribution(s) of this article claims? (Ctrl+Z undoes it.)</source>
        <translation>
            <numerusform>Make the %Ln suggested attribution of this article a claim? (Ctrl+Z undoes it.)</numerusform>
            <numerusform>Make all %Ln suggested attributions of this article claims? (Ctrl+Z undoes it.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s) of this source?</source>
        <translation>
            <numerusform>Accept the %Ln suggestion of this source?</numerusform>
            <numerusform>Accept the %Ln suggestions of this source?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s).</source>
        <translation>
            <numerusform>Accepted %Ln suggestion.</numerusform>
            <numerusform>Accepted %Ln suggestions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message numerus="yes">
        <source>%n claim(s) of undated articles not shown</source>
        <translation>
            <numerusform>%Ln claim of undated articles not shown</numerusform>
            <numerusform>%Ln claims of undated articles not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{period} · {series}: %n claim(s)</source>
        <translation>
            <numerusform>{period} · {series}: %Ln claim</numerusform>
            <numerusform>{period} · {series}: %Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoLabels</name>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %Ln suggestion</numerusform>
            <numerusform>Accept %Ln suggestions</numerusform>
        </translation>
    </message>
</context>
</TS>
