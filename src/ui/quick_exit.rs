use yew::prelude::*;

use super::use_text;

#[derive(Properties, PartialEq)]
pub struct QuickExitProps {
    pub onexit: Callback<()>,
}

/// The always-visible "Leave this page" button (GOV.UK's exit-this-page pattern). Shift pressed
/// three times does the same; that listener lives in `App`.
#[component]
pub fn QuickExit(props: &QuickExitProps) -> Html {
    let t = use_text();
    let onclick = props.onexit.reform(|_: MouseEvent| ());
    html! {
        <div class="exit">
            <button type="button" class="exit__button" {onclick}>{ t.tr("exit.button") }</button>
            <span class="exit__hint">{ t.tr("exit.hint") }</span>
        </div>
    }
}
