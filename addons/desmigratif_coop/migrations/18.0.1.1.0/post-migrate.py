def migrate(cr, version):
    """Savings transactions cancelled once posted had their entry reversed:
    they are now reversed, with their reversing entry."""
    cr.execute(
        """
        UPDATE desmigratif_savings_transaction AS transaction
           SET state = 'reversed', reversal_move_id = reversal.id
          FROM account_move AS reversal
         WHERE transaction.state = 'cancelled'
           AND reversal.reversed_entry_id = transaction.move_id
        """
    )
