using System.ComponentModel.DataAnnotations;

namespace MassageRoutines.Web.Libraries;

/// <summary>Where the default library's files are read from at start-up: <c>Seeds:Path</c>.</summary>
public sealed class SeedsOptions
{
    public const string Section = "Seeds";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Seeds:Path names the folder that holds moves.json and routines.json; leave it out for seeds/ beside the app.")]
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seeds");
}
