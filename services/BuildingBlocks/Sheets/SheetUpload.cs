using Microsoft.AspNetCore.Http;

namespace Corridor.BuildingBlocks.Sheets;

/// <summary>The multipart/form-data body of POST …/import as the OpenAPI document describes it: the .xlsx or .csv sheet in the field "file".</summary>
public sealed record SheetUpload(IFormFile File);
