using MassageRoutines.Engine;

namespace MassageRoutines.Web.Data;

/// <summary>A built routine's note as kept: its code and its wording as <see cref="WordingJson"/>.</summary>
public sealed class BuiltNote
{
    public required string Code { get; set; }

    public required string Message { get; set; }

    public static BuiltNote From(Warning note) => new() { Code = note.Code, Message = WordingJson.Write(note.Says) };

    public Warning ToWarning() => new(Code, WordingJson.Read(Message));
}
