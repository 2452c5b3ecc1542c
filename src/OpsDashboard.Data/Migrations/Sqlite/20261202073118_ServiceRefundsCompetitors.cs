using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsDashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceRefundsCompetitors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agent_days",
                columns: table => new
                {
                    store_id = table.Column<int>(type: "INTEGER", nullable: false),
                    agent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    consulted = table.Column<long>(type: "INTEGER", nullable: true),
                    received = table.Column<long>(type: "INTEGER", nullable: true),
                    inquirers = table.Column<long>(type: "INTEGER", nullable: true),
                    inquiry_paying_buyers = table.Column<long>(type: "INTEGER", nullable: true),
                    sales_amount_minor = table.Column<long>(type: "INTEGER", nullable: true),
                    response_milliseconds_total = table.Column<long>(type: "INTEGER", nullable: true),
                    unanswered = table.Column<long>(type: "INTEGER", nullable: true),
                    refunds = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agent_days", x => new { x.store_id, x.agent, x.date });
                    table.ForeignKey(
                        name: "fk_agent_days_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lost_customer_days",
                columns: table => new
                {
                    store_id = table.Column<int>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    rival = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    rival_shop = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    loss_index = table.Column<double>(type: "REAL", nullable: true),
                    loss_popularity = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lost_customer_days", x => new { x.store_id, x.date, x.kind, x.rival });
                    table.ForeignKey(
                        name: "fk_lost_customer_days_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "refunds",
                columns: table => new
                {
                    store_id = table.Column<int>(type: "INTEGER", nullable: false),
                    refund_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    order_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    paid_at = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    sku_code = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    paid_amount_minor = table.Column<long>(type: "INTEGER", nullable: true),
                    refund_amount_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    applied_at = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    applied_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    completed_at = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    completed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    return_required = table.Column<bool>(type: "INTEGER", nullable: true),
                    goods_status = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_refunds", x => new { x.store_id, x.refund_id });
                    table.ForeignKey(
                        name: "fk_refunds_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rival_days",
                columns: table => new
                {
                    store_id = table.Column<int>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    rival = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    rival_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    is_self = table.Column<bool>(type: "INTEGER", nullable: false),
                    trade_index = table.Column<double>(type: "REAL", nullable: true),
                    traffic_index = table.Column<double>(type: "REAL", nullable: true),
                    search_popularity = table.Column<double>(type: "REAL", nullable: true),
                    favorite_popularity = table.Column<double>(type: "REAL", nullable: true),
                    cart_popularity = table.Column<double>(type: "REAL", nullable: true),
                    conversion_index = table.Column<double>(type: "REAL", nullable: true),
                    customer_index = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rival_days", x => new { x.store_id, x.date, x.kind, x.rival });
                    table.ForeignKey(
                        name: "fk_rival_days_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agent_days_store_id_date",
                table: "agent_days",
                columns: new[] { "store_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_refunds_store_id_completed_on",
                table: "refunds",
                columns: new[] { "store_id", "completed_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agent_days");

            migrationBuilder.DropTable(
                name: "lost_customer_days");

            migrationBuilder.DropTable(
                name: "refunds");

            migrationBuilder.DropTable(
                name: "rival_days");
        }
    }
}
