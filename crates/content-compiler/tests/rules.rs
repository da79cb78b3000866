//! Each build rule fed bad content: the build must fail with a message naming file and line.

use content_compiler::{compile, compile_lang, display_date, readability, Block, Inline, LangSource, SourceFile};

const REFS: &str = r#"
[nida-crisis]
title = "Opioid Overdose Crisis"
author = "National Institute on Drug Abuse"
year = 2023
url = "https://nida.nih.gov/research-topics/opioids/opioid-overdose-crisis"
simulations = ["receptors", "rescue"]
"#;

const UI: &str = "title = \"Understanding Opioids\"\n[nav]\nnext = \"Next\"\n";

fn chapter(body: &str) -> SourceFile {
    SourceFile::new(
        "content/en/chapters/01-test.md",
        format!("+++\nslug = \"test\"\ntitle = \"Test\"\nsummary = \"A test.\"\nreviewed = 2026-11-22\n+++\n{body}"),
    )
}

fn lang(chapters: Vec<SourceFile>, ui: &str) -> LangSource {
    LangSource {
        lang: "en".into(),
        chapters,
        pages: vec![],
        ui: SourceFile::new("content/en/ui.toml", ui),
        references: SourceFile::new("content/en/references.toml", REFS),
        classroom: vec![],
    }
}

fn messages(result: Result<impl std::fmt::Debug, Vec<content_compiler::ContentError>>) -> Vec<String> {
    result.expect_err("bad content must fail the build").iter().map(ToString::to_string).collect()
}

#[test]
fn good_content_compiles_with_numbered_citations() {
    let body = "## Heading\n\nOpioids act on receptors [@nida-crisis].\nSee *also* **this** [link](https://example.org).\n\n- one [@nida-crisis]\n- two\n";
    let out = compile_lang(&lang(vec![chapter(body)], UI)).expect("valid");
    let ch = &out.chapters[0];
    assert_eq!(ch.cited, vec!["nida-crisis"]);
    assert_eq!(ch.reviewed, "2026-11-22");
    assert_eq!(ch.body[0], Block::Heading(2, vec![Inline::Text("Heading".into())]));
    let Block::Para(p) = &ch.body[1] else { panic!("paragraph expected, got {:?}", ch.body[1]) };
    assert_eq!(p[0], Inline::Text("Opioids act on receptors".into()));
    assert_eq!(p[1], Inline::Cite(vec![1]));
    assert!(matches!(&ch.body[2], Block::List { ordered: false, items } if items.len() == 2));
}

#[test]
fn unknown_reference_id_names_file_and_line() {
    let body = "First line.\n\nA fact with a typo [@nida-crissis].\n";
    let msgs = messages(compile_lang(&lang(vec![chapter(body)], UI)));
    assert_eq!(
        msgs,
        vec!["content/en/chapters/01-test.md:9: cites unknown reference id \"nida-crissis\"; add it to content/en/references.toml or fix the id"]
    );
}

#[test]
fn citation_on_a_later_line_of_a_paragraph_is_located() {
    let body = "One line,\nthen another [@nope].\n";
    let msgs = messages(compile_lang(&lang(vec![chapter(body)], UI)));
    assert!(msgs[0].starts_with("content/en/chapters/01-test.md:8: cites unknown reference id \"nope\""), "{msgs:?}");
}

#[test]
fn chapter_without_references_fails() {
    let msgs = messages(compile_lang(&lang(vec![chapter("Just words, no sources.\n")], UI)));
    assert_eq!(
        msgs,
        vec!["content/en/chapters/01-test.md:1: chapter has no references: every fact needs a citation such as [@reference-id]"]
    );
}

#[test]
fn ui_key_used_in_code_but_missing_fails_naming_the_code_line() {
    let code = SourceFile::new(
        "src/ui/nav.rs",
        "fn f() {\n    let a = tr!(t, \"nav.next\");\n    let b = tr!(t, \"nav.previous\");\n    let c = t.tr(\"nav.up\");\n}\n",
    );
    let msgs = messages(compile(&[lang(vec![chapter("Fact [@nida-crisis].\n")], UI)], &[code]));
    assert_eq!(
        msgs,
        vec![
            "src/ui/nav.rs:3: UI string key \"nav.previous\" is used here but missing from content/en/ui.toml",
            "src/ui/nav.rs:4: UI string key \"nav.up\" is used here but missing from content/en/ui.toml",
        ]
    );
}

#[test]
fn ui_key_that_is_not_a_literal_fails() {
    let code = SourceFile::new("src/ui/x.rs", "fn f(k: &str) { t.tr(k); attr(\"x\"); str(\"y\"); tr!(t, k); }\n");
    let msgs = messages(compile(&[lang(vec![chapter("Fact [@nida-crisis].\n")], UI)], &[code]));
    let message = "tr(…) and tr!(…) must be given a string literal, so the build can check the key exists";
    assert_eq!(msgs, vec![format!("src/ui/x.rs:1: {message}"), format!("src/ui/x.rs:1: {message}")]);
}

#[test]
fn forbidden_words_fail_in_chapters_and_ui_strings() {
    let body = "Fact [@nida-crisis].\n\nA former addict told us.\n\nShe stayed clean.\n";
    let ui = "title = \"For drug users\"\n";
    let msgs = messages(compile_lang(&lang(vec![chapter(body)], ui)));
    assert_eq!(
        msgs,
        vec![
            "content/en/ui.toml:1: \"drug users\" stigmatises people; say \"people who use drugs\" instead (design.md, content rules)",
            "content/en/chapters/01-test.md:9: \"addict\" stigmatises people; say \"person with an opioid use disorder\" instead (design.md, content rules)",
            "content/en/chapters/01-test.md:11: \"clean\" stigmatises people; say \"not using, in recovery, or a negative test\" instead (design.md, content rules)",
        ]
    );
}

#[test]
fn spanish_stigmatising_words_fail_too_and_names_with_abuso_are_allowed() {
    let body = "Dato [@nida-crisis].\n\nUn exadicto no, un adicto nos lo dijo.\n\nEl abuso de drogas es común.\n\nEl Instituto Nacional sobre el Abuso de Drogas lo dice.\n";
    let ui = "title = \"Para Drogadictos y toxicómanos\"\n";
    let msgs = messages(compile_lang(&lang(vec![chapter(body)], ui)));
    assert_eq!(
        msgs,
        vec![
            "content/en/ui.toml:1: \"drogadictos\" stigmatises people; say \"personas que usan drogas\" instead (design.md, content rules)",
            "content/en/ui.toml:1: \"toxicómanos\" stigmatises people; say \"personas que usan drogas\" instead (design.md, content rules)",
            "content/en/chapters/01-test.md:9: \"adicto\" stigmatises people; say \"persona con un trastorno por consumo de opioides\" instead (design.md, content rules)",
            "content/en/chapters/01-test.md:11: \"abuso\" stigmatises people; say \"consumo, o mal uso de una medicina\" instead (design.md, content rules)",
        ]
    );
}

#[test]
fn organisation_names_with_abuse_are_allowed_but_the_phrase_is_not() {
    let ok = "The National Institute on Drug Abuse says so [@nida-crisis].\n";
    assert!(compile_lang(&lang(vec![chapter(ok)], UI)).is_ok());
    let bad = "Drug abuse is common [@nida-crisis].\n";
    let msgs = messages(compile_lang(&lang(vec![chapter(bad)], UI)));
    assert!(msgs[0].contains(":7: \"abuse\" stigmatises people"), "{msgs:?}");
    // Words that merely contain a forbidden word are fine.
    let fine = "Unclean and cleaning are other words; addiction is the medical word [@nida-crisis].\n";
    assert!(compile_lang(&lang(vec![chapter(fine)], UI)).is_ok());
}

#[test]
fn raw_html_and_unsupported_markdown_fail() {
    let body = "Fact [@nida-crisis].\n\n<script>alert(1)</script>\n\n![img](https://x.org/a.png)\n";
    let msgs = messages(compile_lang(&lang(vec![chapter(body)], UI)));
    assert_eq!(
        msgs,
        vec![
            "content/en/chapters/01-test.md:9: raw HTML is not supported in chapters",
            "content/en/chapters/01-test.md:11: an image is not supported in chapters",
        ]
    );
}

#[test]
fn unsafe_links_and_unknown_chapter_links_fail() {
    let body = "Fact [@nida-crisis]. [x](javascript:alert(1)).\n";
    let msgs = messages(compile_lang(&lang(vec![chapter(body)], UI)));
    assert_eq!(
        msgs,
        vec![
            "content/en/chapters/01-test.md:7: link \"javascript:alert(1)\" must start with https://, tel:, sms: or #/"
        ]
    );
    // A presenter-mode step of a chapter is a link too; only its chapter must exist.
    let body = "Fact [@nida-crisis].\n\nSee [this](#/test), [step 3](#/test/3) and [that](#/nowhere/3).\n";
    let msgs = messages(compile_lang(&lang(vec![chapter(body)], UI)));
    assert_eq!(
        msgs,
        vec!["content/en/chapters/01-test.md:9: links to \"#/nowhere/3\", which is no chapter, page or check"]
    );
}

#[test]
fn bad_front_matter_names_its_line() {
    let file = SourceFile::new("content/en/chapters/02-x.md", "+++\nslug = \"x\"\ntitle = 3\n+++\nText.\n");
    let msgs = messages(compile_lang(&lang(vec![file], UI)));
    assert_eq!(msgs.len(), 1);
    assert!(msgs[0].starts_with("content/en/chapters/02-x.md:3: TOML:"), "{msgs:?}");
    let none = SourceFile::new("content/en/chapters/03-y.md", "# No front matter\n");
    let msgs = messages(compile_lang(&lang(vec![none], UI)));
    assert_eq!(
        msgs,
        vec!["content/en/chapters/03-y.md:1: a chapter starts with TOML front matter between two +++ lines"]
    );
}

#[test]
fn reference_without_url_fails() {
    let mut l = lang(vec![chapter("Fact [@nida-crisis].\n")], UI);
    l.references.text = "\n[nida-crisis]\ntitle = \"T\"\nauthor = \"A\"\nyear = 2020\nurl = \"\"\n".into();
    let msgs = messages(compile_lang(&l));
    assert_eq!(msgs, vec!["content/en/references.toml:2: reference \"nida-crisis\" needs a web address (url)"]);
    l.references.text = l.references.text.replace("url = \"\"", "url = \"http://120.26.44.124:3004/x\"");
    let msgs = messages(compile_lang(&l));
    assert_eq!(
        msgs,
        vec!["content/en/references.toml:2: reference \"nida-crisis\" points at a bare IP address; use the publisher's, PubMed's or a DOI address"]
    );
}

#[test]
fn a_missing_translation_fails() {
    let en = lang(vec![chapter("Fact [@nida-crisis].\n")], UI);
    let mut es = lang(vec![chapter("Dato [@nida-crisis].\n")], "title = \"Entender los opioides\"\n");
    es.lang = "es".into();
    es.ui.path = "content/es/ui.toml".into();
    let msgs = messages(compile(&[en, es], &[]));
    assert_eq!(msgs, vec!["content/es/ui.toml:1: missing translation: key \"nav.next\" is in en but not here"]);
}

#[test]
fn a_page_without_a_translation_fails() {
    let page = |lang: &str, title: &str| {
        SourceFile::new(
            format!("content/{lang}/pages/privacy.md"),
            format!(
                "+++\nslug = \"privacy\"\ntitle = \"{title}\"\nsummary = \"S.\"\nreviewed = 2026-11-22\n+++\nText.\n"
            ),
        )
    };
    let mut en = lang(vec![chapter("Fact [@nida-crisis].\n")], UI);
    en.pages = vec![page("en", "Privacy")];
    let mut es = lang(vec![chapter("Dato [@nida-crisis].\n")], UI);
    es.lang = "es".into();
    es.ui.path = "content/es/ui.toml".into();
    let msgs = messages(compile(&[en.clone(), es.clone()], &[]));
    assert_eq!(
        msgs,
        vec!["content/es/ui.toml:1: missing translation: page \"privacy\" (content/en/pages/privacy.md) has no es version"]
    );
    es.pages = vec![page("es", "Privacidad")];
    assert!(compile(&[en, es], &[]).is_ok());
}

#[test]
fn a_language_may_not_add_ui_keys_the_reference_lacks() {
    let en = lang(vec![chapter("Fact [@nida-crisis].\n")], UI);
    let es_ui = "title = \"Entender los opioides\"\nextra = \"Más\"\n[nav]\nnext = \"Siguiente\"\n";
    let mut es = lang(vec![chapter("Dato [@nida-crisis].\n")], es_ui);
    es.lang = "es".into();
    es.ui.path = "content/es/ui.toml".into();
    let msgs = messages(compile(&[en, es], &[]));
    assert_eq!(
        msgs,
        vec!["content/es/ui.toml:1: unknown key \"extra\": it is not in en, which every language follows"]
    );
}

#[test]
fn the_ui_key_index_matches_every_languages_string_table() {
    let en = compile_lang(&lang(vec![chapter("Fact [@nida-crisis].\n")], UI)).expect("valid");
    let index = content_compiler::ui_key_macro(&en);
    assert!(index.contains("(\"nav.next\") => { 0 };") && index.contains("(\"title\") => { 1 };"), "{index}");
    let code = content_compiler::to_rust(&en);
    assert!(code.contains("pub static UI: &[&str] = &[\n    \"Next\",\n    \"Understanding Opioids\",\n];"), "{code}");
}

#[test]
fn dates_are_written_out_for_readers() {
    let months: Vec<&str> =
        "January,February,March,April,May,June,July,August,September,October,November,December".split(',').collect();
    assert_eq!(display_date("2026-11-02", &months, "{month} {day}, {year}"), "November 2, 2026");
}

#[test]
fn reading_grade_separates_plain_from_dense_text() {
    let plain = vec!["The cat sat on the mat. It was a warm day. We went out to play.".to_string()];
    let dense = vec!["Pharmacological characterisation demonstrates considerable interindividual variability in opioidergic neurotransmission mechanisms.".to_string()];
    assert!(readability::fk_grade(&plain) < 3.0, "{}", readability::fk_grade(&plain));
    assert!(readability::fk_grade(&dense) > 16.0, "{}", readability::fk_grade(&dense));
    assert_eq!(readability::count_syllables("receptor"), 3);
    assert_eq!(readability::count_syllables("make"), 1);
    assert_eq!(readability::count_syllables("table"), 2);
    assert_eq!(readability::word_count(&plain), 16);
}

#[test]
fn a_simulation_is_placed_by_name_and_an_unknown_one_fails() {
    let body = "Text [@nida-crisis].\n\n{{sim receptors}}\n\nMore text.\n\n{{sim receptor}}\n";
    let msgs = messages(compile_lang(&lang(vec![chapter(body)], UI)));
    assert_eq!(
        msgs,
        vec!["content/en/chapters/01-test.md:13: unknown simulation \"receptor\"; known: receptors, reward, rescue, tolerance, restart, withdrawal"]
    );
    let body = "Text [@nida-crisis].\n\n{{sim rescue}}\n";
    let out = compile_lang(&lang(vec![chapter(body)], UI)).expect("valid");
    assert_eq!(out.chapters[0].body[1], Block::Sim("rescue".into()));
}

#[test]
fn a_placed_simulation_needs_sources_and_a_source_names_only_known_simulations() {
    let body = "Text [@nida-crisis].\n\n{{sim tolerance}}\n";
    assert_eq!(
        messages(compile_lang(&lang(vec![chapter(body)], UI))),
        vec!["content/en/chapters/01-test.md:9: simulation \"tolerance\" has no sources: add simulations = [\"tolerance\"] to the references its model rests on in content/en/references.toml"]
    );
    let mut src = lang(vec![chapter("Text [@nida-crisis].\n")], UI);
    src.references.text = src.references.text.replace("\"rescue\"]", "\"rescue\", \"tolerence\"]");
    assert_eq!(
        messages(compile_lang(&src)),
        vec!["content/en/references.toml:2: reference \"nida-crisis\" names unknown simulation \"tolerence\"; known: receptors, reward, rescue, tolerance, restart, withdrawal"]
    );
}

#[test]
fn a_simulations_sources_are_the_references_naming_it_written_like_how_we_know() {
    let ui = "title = \"T\"\n[chapter]\nchecked = \"page checked {year}\"\n";
    let mut src = lang(vec![chapter("Text [@nida-crisis].\n")], ui);
    src.references.text.push_str(
        "\n[other]\ntitle = \"A & B\"\nauthor = \"C <D>\"\naccessed = 2026\nurl = \"https://example.org/?a=1&b=2\"\nsimulations = [\"rescue\"]\n",
    );
    let en = compile_lang(&src).expect("valid");
    assert_eq!(
        content_compiler::html::sim_sources(&en, "rescue"),
        "<ul><li><a href=\"https://nida.nih.gov/research-topics/opioids/opioid-overdose-crisis\" rel=\"noreferrer\" target=\"_blank\">Opioid Overdose Crisis</a>. National Institute on Drug Abuse (2023).</li>\
         <li><a href=\"https://example.org/?a=1&amp;b=2\" rel=\"noreferrer\" target=\"_blank\">A &amp; B</a>. C &lt;D&gt; (page checked 2026).</li></ul>"
    );
    assert_eq!(content_compiler::html::sim_sources(&en, "reward"), "<ul></ul>", "no reference names it");
}

#[test]
fn chapters_become_escaped_html_split_where_a_simulation_goes() {
    use content_compiler::html::{chapter_segments, escape, Segment};
    let ui = "title = \"T\"\n[chapter]\nsource = \"Source\"\nsources = \"How we know\"\nsources_intro = \"From:\"\nchecked = \"page checked {year}\"\n";
    // The citation on a line of its own still hugs the text before it, joined by U+2060.
    let body = "## Fish & chips\n\nSay \"hi\" to *A<B*\n[@nida-crisis], see [more](https://example.org/?a=1&b=2).\n\n{{sim rescue}}\n\n- [call](tel:911)\n";
    let en = compile_lang(&lang(vec![chapter(body)], ui)).expect("valid");
    let segments = chapter_segments(&en, &en.chapters[0]);
    assert_eq!(segments.len(), 4, "{segments:?}");
    assert_eq!(
        segments[0],
        Segment::Html(
            "<h2>Fish &amp; chips</h2><p>Say &quot;hi&quot; to <em>A&lt;B</em>\u{2060}<sup class=\"cite\"><span class=\"visually-hidden\"> Source </span>1</sup>, \
             see <a href=\"https://example.org/?a=1&amp;b=2\" rel=\"noreferrer\" \
             target=\"_blank\">more</a>.</p>"
                .into()
        )
    );
    assert_eq!(segments[1], Segment::Sim("Rescue"));
    assert_eq!(segments[2], Segment::Html("<ul><li><a href=\"tel:911\">call</a></li></ul>".into()));
    let Segment::Sources(rest) = &segments[3] else { panic!("the sources last") };
    assert!(rest.starts_with("<section class=\"sources\""), "{rest}");
    assert!(
        rest.contains("<li><a href=\"https://nida.nih.gov/research-topics/opioids/opioid-overdose-crisis\""),
        "{rest}"
    );
    assert_eq!(escape("<a href='x'>&\"</a>"), "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
}

#[test]
fn a_table_keeps_column_and_row_headers_and_labels_each_cell_by_its_column_all_escaped() {
    use content_compiler::html::{chapter_segments, Segment};
    let ui = "title = \"T\"\n[chapter]\nsource = \"Source\"\nsources = \"How we know\"\nsources_intro = \"From:\"\nchecked = \"page checked {year}\"\n";
    let body = "| Medicine | How & *why* |\n|---|---|\n| **Methadone** | A drink, daily [@nida-crisis] |\n| Naltrexone | A shot & pills |\n";
    let en = compile_lang(&lang(vec![chapter(body)], ui)).expect("valid");
    let Block::Table { head, rows } = &en.chapters[0].body[0] else { panic!("a table, got {:?}", en.chapters[0].body) };
    assert_eq!(head.len(), 2);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][1].last(), Some(&Inline::Cite(vec![1])), "citations work inside cells");
    let Segment::Html(html) = &chapter_segments(&en, &en.chapters[0])[0] else { panic!("html") };
    assert!(
        html.starts_with(
            "<div class=\"table-wrap\"><table role=\"table\"><thead role=\"rowgroup\"><tr role=\"row\">\
             <th scope=\"col\" role=\"columnheader\">Medicine</th><th scope=\"col\" role=\"columnheader\">How &amp; <em>why</em></th></tr></thead>\
             <tbody role=\"rowgroup\"><tr role=\"row\"><th scope=\"row\" role=\"rowheader\"><strong>Methadone</strong></th>\
             <td role=\"cell\" data-label=\"How &amp; why\">A drink, daily"
        ),
        "{html}"
    );
    assert!(
        html.contains(
            "<tr role=\"row\"><th scope=\"row\" role=\"rowheader\">Naltrexone</th><td role=\"cell\" data-label=\"How &amp; why\">A shot &amp; pills</td></tr></tbody></table></div>"
        ),
        "{html}"
    );
}

#[test]
fn cards_are_a_bullet_list_marked_before_it_and_a_stray_marker_fails() {
    use content_compiler::html::{chapter_segments, Segment};
    let ui = "title = \"T\"\n[chapter]\nsource = \"Source\"\nsources = \"How we know\"\nsources_intro = \"From:\"\nchecked = \"page checked {year}\"\n";
    let body = "{{cards}}\n\n- **3 to 8 times** more deaths [@nida-crisis]\n- **All 3** lost tolerance\n";
    let en = compile_lang(&lang(vec![chapter(body)], ui)).expect("valid");
    assert!(matches!(&en.chapters[0].body[0], Block::Cards(items) if items.len() == 2), "{:?}", en.chapters[0].body);
    let Segment::Html(html) = &chapter_segments(&en, &en.chapters[0])[0] else { panic!("html") };
    assert!(
        html.starts_with("<ul class=\"cards\"><li class=\"card\"><strong>3 to 8 times</strong> more deaths"),
        "{html}"
    );
    let stray = "Fact [@nida-crisis].\n\n{{cards}}\n\nNot a list.\n\n- a later list is not cards\n";
    let msgs = messages(compile_lang(&lang(vec![chapter(stray)], UI)));
    assert_eq!(msgs, vec!["content/en/chapters/01-test.md:9: {{cards}} must be followed by a bullet list"]);
}

/// Presenter mode's steps: each `##` section, each simulation alone, and a new step at `{{step}}`;
/// "How we know" comes last and is not a step.
#[test]
fn chapters_split_into_steps_at_sections_simulations_and_markers() {
    use content_compiler::html::{chapter_segments, Segment};
    let body = "## One\n\nFirst [@nida-crisis].\n\n{{step}}\n\nSecond.\n\n{{sim receptors}}\n\nAfter the picture.\n\n### A subheading stays\n\nMore.\n\n## Two\n\n{{discuss}}\n\nWhat would you do?\n";
    let out = compile_lang(&lang(vec![chapter(body)], UI)).expect("valid");
    let c = &out.chapters[0];
    let segments = chapter_segments(&out, c);
    let shown: Vec<String> = segments
        .iter()
        .map(|s| match s {
            Segment::Html(h) => h.clone(),
            Segment::Sim(v) => format!("sim {v}"),
            Segment::Sources(_) => "sources".to_string(),
        })
        .collect();
    assert_eq!(shown.len(), 6, "{shown:#?}");
    assert!(shown[0].starts_with("<h2>One</h2><p>First"), "{}", shown[0]);
    assert_eq!(shown[1], "<p>Second.</p>");
    assert_eq!(shown[2], "sim Receptors");
    assert_eq!(shown[3], "<p>After the picture.</p><h3>A subheading stays</h3><p>More.</p>");
    assert_eq!(shown[4], "<h2>Two</h2><p class=\"discuss\"><strong>chapter.discuss</strong> What would you do?</p>");
    assert_eq!(shown[5], "sources");
    assert_eq!(content_compiler::steps(&c.body).len(), 5);
}

#[test]
fn a_step_too_long_for_a_projector_fails_the_build() {
    let long = "Words that go on. ".repeat(60);
    let body = format!("## Long\n\n{long}[@nida-crisis]\n");
    assert_eq!(
        messages(compile_lang(&lang(vec![chapter(&body)], UI))),
        vec![format!(
            "content/en/chapters/01-test.md:1: a presenter-mode step has {} characters (at most {}) in \"Long\": split it with a {{{{step}}}} paragraph",
            "Long".len() + long.trim_end().len(),
            content_compiler::STEP_MAX_CHARS
        )]
    );
    let split = format!("## Long\n\n{}[@nida-crisis]\n\n{{{{step}}}}\n\n{}\n", &long[..500], &long[500..]);
    compile_lang(&lang(vec![chapter(&split)], UI)).expect("split in two, each step fits");
}

#[test]
fn a_discuss_marker_needs_its_prompt() {
    let body = "## A\n\nText [@nida-crisis].\n\n{{discuss}}\n\n- a list is no prompt\n";
    assert_eq!(
        messages(compile_lang(&lang(vec![chapter(body)], UI))),
        vec!["content/en/chapters/01-test.md:11: {{discuss}} must be followed by a paragraph, the prompt"]
    );
}

/// The test chapter (citing `nida-crisis`) with a knowledge check.
fn with_quiz(quiz: &str) -> Result<content_compiler::Lang, Vec<content_compiler::ContentError>> {
    let mut l = lang(vec![chapter("Opioids act on receptors [@nida-crisis].\n")], UI);
    l.classroom = vec![SourceFile::new("content/en/classroom/test.toml", format!("{quiz}{NOTES}"))];
    compile_lang(&l)
}

const NOTES: &str = "[notes]\nminutes = 20\ngoals = [\"Name it.\"]\ndiscuss = [\"Why?\"]\nmisconceptions = [\"Some think not.\"]\nfacts = [\"It is so [@nida-crisis].\"]\n";

const CLAIM: &str = "[[question]]\nclaim = \"Naloxone works.\"\nanswer = \"fact\"\nwhy = \"It does [@nida-crisis].\"\n";

#[test]
fn a_knowledge_check_compiles_with_the_chapters_citation_numbers() {
    let choice = "[[question]]\nask = \"Which?\"\n[[question.option]]\ntext = \"*This*\"\nwhy = \"Yes [@nida-crisis].\"\nright = true\n[[question.option]]\ntext = \"That\"\nwhy = \"No.\"\n";
    let out = with_quiz(&format!("{choice}{CLAIM}{CLAIM}")).expect("valid");
    let quiz = &out.chapters[0].quiz;
    assert_eq!(quiz.len(), 3);
    assert_eq!(quiz[0].right, 0);
    assert_eq!(quiz[0].options[0].0, vec![Inline::Emph(vec![Inline::Text("This".into())])]);
    assert_eq!(quiz[0].options[0].1, vec![Inline::Text("Yes".into()), Inline::Cite(vec![1]), Inline::Text(".".into())]);
    assert!(quiz[1].myth_or_fact && quiz[1].right == 1, "a fact is the second option");
}

#[test]
fn a_knowledge_check_breaking_a_rule_fails_naming_file_and_line() {
    let msgs = |quiz: &str| messages(with_quiz(quiz));
    assert_eq!(
        msgs(CLAIM),
        vec!["content/en/classroom/test.toml:1: a knowledge check has 3 to 5 questions; this one has 1"]
    );
    let two_right = "[[question]]\nask = \"Which?\"\n[[question.option]]\ntext = \"A\"\nwhy = \"A [@nida-crisis].\"\nright = true\n[[question.option]]\ntext = \"B\"\nwhy = \"B.\"\nright = true\n";
    assert_eq!(
        msgs(&format!("{CLAIM}{CLAIM}{two_right}")),
        vec!["content/en/classroom/test.toml:9: a multiple-choice question has 2 to 4 options, exactly one with right = true (found 2 options, 2 right)"]
    );
    let maybe = CLAIM.replace("\"fact\"", "\"maybe\"");
    assert!(msgs(&format!("{CLAIM}{CLAIM}{maybe}"))[0]
        .ends_with(":9: answer = \"maybe\": a myth-or-fact answer is \"myth\" or \"fact\""));
    let uncited = CLAIM.replace(" [@nida-crisis]", "");
    assert!(msgs(&format!("{CLAIM}{CLAIM}{uncited}"))[0]
        .ends_with(":9: the right answer's explanation must cite a source the chapter cites, such as [@reference-id]"));
    let elsewhere = CLAIM.replace("@nida-crisis", "@other");
    assert!(msgs(&format!("{CLAIM}{CLAIM}{elsewhere}"))
        .iter()
        .any(|m| m.ends_with(":9: cites \"other\", which the chapter \"test\" does not cite")));
    let linked = CLAIM.replace("It does", "[It does](https://example.org)");
    assert!(msgs(&format!("{CLAIM}{CLAIM}{linked}")).iter().any(|m| m.ends_with(":9: a knowledge check has no links")));
    let long = CLAIM.replace("Naloxone works.", &"word ".repeat(140));
    assert!(msgs(&format!("{CLAIM}{CLAIM}{long}"))[0].contains(":9: a question asks a class to read"));
    let both = CLAIM.replace("[[question]]\n", "[[question]]\nask = \"And?\"\n");
    assert!(msgs(&format!("{CLAIM}{CLAIM}{both}"))[0].ends_with(":9: a question is either multiple choice (ask and [[question.option]]) or myth or fact (claim, answer and why)"));
    let stigma = CLAIM.replace("Naloxone works.", "An addict can use it.");
    assert!(msgs(&format!("{CLAIM}{CLAIM}{stigma}"))
        .iter()
        .any(|m| m.contains("test.toml:10: \"addict\" stigmatises people")));
}

#[test]
fn a_knowledge_check_for_no_chapter_fails() {
    let mut l = lang(vec![chapter("Opioids act on receptors [@nida-crisis].\n")], UI);
    l.classroom = vec![SourceFile::new("content/en/classroom/tolerence.toml", CLAIM.repeat(3) + NOTES)];
    assert_eq!(
        messages(compile_lang(&l)),
        vec!["content/en/classroom/tolerence.toml:1: \"tolerence\" is no chapter: name the file after its chapter's slug"]
    );
}

#[test]
fn a_language_without_a_chapters_knowledge_check_fails_as_a_missing_translation() {
    let mut en = lang(vec![chapter("Opioids act on receptors [@nida-crisis].\n")], UI);
    en.classroom = vec![SourceFile::new("content/en/classroom/test.toml", CLAIM.repeat(3) + NOTES)];
    let mut es = lang(vec![chapter("Los opioides actúan en receptores [@nida-crisis].\n")], UI);
    es.lang = "es".into();
    es.ui = SourceFile::new("content/es/ui.toml", UI);
    assert_eq!(
        messages(compile(&[en, es], &[])),
        vec!["content/es/ui.toml:1: missing translation: the knowledge check of \"test\" has no es version"]
    );
}

#[test]
fn a_chapters_notes_make_its_page_for_teachers_notes_then_a_handout_then_its_sources() {
    let out = with_quiz(&CLAIM.repeat(3)).expect("valid");
    let page = out.pages.iter().find(|p| p.slug == "teach/test").expect("the page for teachers");
    assert_eq!(page.title, "chapter.teach_title".replace("{chapter}", "Test"), "titled by ui.toml's template");
    assert_eq!(page.cited, out.chapters[0].cited, "the chapter's sources close it");
    let lang = &out;
    let html: String = content_compiler::html::chapter_segments(lang, page)
        .into_iter()
        .map(|s| match s {
            content_compiler::html::Segment::Html(h) | content_compiler::html::Segment::Sources(h) => h,
            content_compiler::html::Segment::Sim(_) => String::new(),
        })
        .collect();
    let notes = html.find("<section class=\"notes\">").expect("notes");
    let handout = html.find("<section class=\"handout\">").expect("a handout");
    let sources = html.find("<section class=\"sources\"").expect("sources");
    assert!(notes < handout && handout < sources);
    assert!(html[notes..handout].contains("<a href=\"#/test/1\">"), "a link to present the chapter");
    // The notes carry the answers; the handout's worksheet asks without them.
    assert!(html[notes..handout].contains("<strong>chapter.fact</strong>"));
    assert!(html[handout..sources].contains("<ol class=\"worksheet\"><li><p>chapter.myth_or_factNaloxone works.</p><ul><li>chapter.myth</li><li>chapter.fact</li></ul></li>"));
    assert!(!html[handout..sources].contains("<strong>"), "no answer is marked on the handout");
    assert!(html[handout..sources].contains("It is so"), "the key facts");
}

#[test]
fn notes_breaking_a_rule_fail_naming_file_and_line() {
    let mut l = lang(vec![chapter("Opioids act on receptors [@nida-crisis].\n")], UI);
    let bad =
        NOTES.replace("minutes = 20", "minutes = 300").replace("[\"It is so [@nida-crisis].\"]", "[\"Uncited.\"]");
    l.classroom = vec![SourceFile::new("content/en/classroom/test.toml", CLAIM.repeat(3) + &bad)];
    assert_eq!(
        messages(compile_lang(&l)),
        vec![
            "content/en/classroom/test.toml:13: notes: minutes = 300 (a lesson's part: 5 to 90)",
            "content/en/classroom/test.toml:13: notes: the fact \"Uncited.\" must cite a source the chapter cites",
        ]
    );
    l.classroom = vec![SourceFile::new("content/en/classroom/test.toml", CLAIM.repeat(3))];
    assert!(messages(compile_lang(&l))[0].contains("missing field `notes`"));
}

#[test]
fn spanish_syllables_follow_diphthongs_and_hiatus() {
    use readability::spanish_syllables as n;
    for (word, syllables) in [
        ("opioide", 3),
        ("receptor", 3),
        ("respiración", 4),
        ("día", 2),
        ("heroína", 4),
        ("cuidado", 3),
        ("y", 1),
        ("poeta", 3),
    ] {
        assert_eq!(n(word), syllables, "{word}");
    }
}

#[test]
fn spanish_reading_ease_separates_plain_from_dense_text() {
    let plain = vec!["La naloxona puede parar una sobredosis. Tenga una cerca. Llame al 911.".to_string()];
    let dense = vec!["La administración intranasal de antagonistas opioides competitivos revierte rápidamente la depresión respiratoria inducida farmacológicamente en individuos intoxicados.".to_string()];
    assert!(readability::fernandez_huerta(&plain) > 70.0, "{}", readability::fernandez_huerta(&plain));
    assert!(readability::fernandez_huerta(&dense) < 30.0, "{}", readability::fernandez_huerta(&dense));
    assert!(readability::inflesz(&plain) > readability::inflesz(&dense));
}
