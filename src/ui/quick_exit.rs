use yew::prelude::*;

use super::view::View;

/// The always-visible "Leave this page" button (GOV.UK's exit-this-page pattern). Shift pressed
/// three times does the same; that listener lives in `App`.
pub fn quick_exit(v: View, onexit: &Callback<()>) -> Html {
    let t = v.t;
    let onclick = onexit.reform(|_: MouseEvent| ());
    html! {
        <div class="exit">
            <button type="button" class="exit__button" {onclick}>{ tr!(t, "exit.button") }</button>
            <span class="exit__hint">{ tr!(t, "exit.hint") }</span>
        </div>
    }
}
