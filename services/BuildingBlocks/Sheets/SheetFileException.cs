namespace Corridor.BuildingBlocks.Sheets;

/// <summary>The upload is not a sheet we can read at all (as opposed to a bad row, which is reported per row).</summary>
public sealed class SheetFileException(string code, string message, int status = 400, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;

    public int Status { get; } = status;
}
