using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Corridor.Agreements.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrdinalIdempotencyKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
