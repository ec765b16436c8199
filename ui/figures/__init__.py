"""Hall figures page (大厅统计) and the consultation dialog (咨询登记)."""
