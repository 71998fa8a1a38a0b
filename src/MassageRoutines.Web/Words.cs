namespace MassageRoutines.Web;

/// <summary>
/// The words people read, in their language: take <c>IStringLocalizer&lt;Words&gt;</c> (views have it as
/// <c>T</c>). The key is the English text itself, so the code reads as the page does; Languages/Words.es.resx
/// and Languages/Words.de.resx hold the Spanish and German of each key. There is no neutral file: a key
/// missing in a language shows in English, and WordsTests fails on it.
/// </summary>
public sealed class Words;
