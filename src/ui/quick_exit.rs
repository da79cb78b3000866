use yew::prelude::*;

use super::view::View;

/// The always-visible "Leave this page" button (GOV.UK's exit-this-page pattern). Shift pressed
/// three times does the same; that listener lives in `App`. `before` shares its bar (presenter
/// mode's controls, so a step keeps the whole screen below it).
pub fn quick_exit(v: View, onexit: &Callback<()>, before: Html) -> Html {
    let t = v.t;
    let onclick = onexit.reform(|_: MouseEvent| ());
    html! {
        <div class="exit">
            { before }
            <button type="button" class="exit__button" {onclick}>{ tr!(t, "exit.button") }</button>
            <span class="exit__hint">{ tr!(t, "exit.hint") }</span>
        </div>
    }
}
