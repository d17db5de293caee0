using System.Data;
using Microsoft.Data.SqlClient;

namespace Corridor.BuildingBlocks.ChangeFeed;

internal static class SqlServerParameters
{
    public static SqlParameter BigInt(string name, long value) => new(name, SqlDbType.BigInt) { Value = value };

    public static SqlParameter Int(string name, int value) => new(name, SqlDbType.Int) { Value = value };
}
