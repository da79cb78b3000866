//! `clinic.toml`: the settings a clinic builds into its own copy, written as the same names and
//! values as the embed settings (`clinic_name = "Riverside Health"`). The build turns them into a
//! query string; the app reads it first, by the same rules as a link's (`config::parse`), and
//! `cargo xtask dist` refuses a file whose values those rules would ignore.

/// The file's settings as a query string (`clinic_name=Riverside+Health&…`), in the order of their names.
/// Every value must be a string (a list of chapters is written `"a,b"`, as in a link).
pub fn clinic_settings(text: &str) -> Result<String, String> {
    let table: toml::Table = text.parse().map_err(|e| format!("clinic.toml is not valid TOML: {e}"))?;
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (name, value) in &table {
        let Some(value) = value.as_str() else {
            return Err(format!(
                "clinic.toml: \"{name}\" must be a string in quotes, as in a link (for example {name} = \"…\")"
            ));
        };
        query.append_pair(name, value);
    }
    Ok(query.finish())
}
