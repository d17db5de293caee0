namespace Corridor.BuildingBlocks.Sheets;

/// <summary>
/// What an uploaded sheet may hold, checked while it is read so a hostile file is refused after bounded work: rows are
/// streamed and counted blank or not, and an .xlsx package is measured from its zip directory before anything is unpacked.
/// </summary>
public static class SheetLimits
{
    /// <summary>Data rows (rows with a value) of one file.</summary>
    public const int MaxRows = 10_000;

    /// <summary>Rows read after the header, blank ones included: blank rows cost reading too.</summary>
    public const int MaxScannedRows = 2 * MaxRows;

    /// <summary>Columns of the sheet; the templates have a dozen.</summary>
    public const int MaxColumns = 100;

    /// <summary>Bytes of one physical CSV line, and of one CSV record.</summary>
    public const int MaxCsvLineBytes = 256 * 1024;

    /// <summary>Bytes the .xlsx package's entries unpack to, all together (as its zip directory declares them).</summary>
    public const long MaxUncompressedBytes = 64L * 1024 * 1024;

    /// <summary>Entries of the .xlsx package.</summary>
    public const int MaxPackageEntries = 1_000;

    /// <summary>Largest unpacked/packed ratio of an entry above <see cref="RatioCheckedFromBytes"/>: office XML packs 5–30 times.</summary>
    public const int MaxCompressionRatio = 100;

    /// <summary>Entries smaller than this unpacked may pack at any ratio: they cannot cost much.</summary>
    public const long RatioCheckedFromBytes = 1024 * 1024;
}
